/** The parts of Vite's build manifest (dist/.vite/manifest.json) that say what a page loads. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface EntryFiles {
  /** JS and CSS the page loads before it runs: the entry, its static imports, and their CSS. */
  initial: string[];
  /** JS and CSS reachable only through dynamic import(), loaded when the code asks for it. */
  later: string[];
}

/**
 * What the page built from `entry` (a manifest key: 'index.html', 'embed.html') loads at once and what
 * later, as files under dist/. A chunk reached both ways counts as loaded at once: the static path fetches it
 * before the map can draw.
 */
export function chunksOfEntry(manifest: Manifest, entry: string): EntryFiles {
  if (!manifest[entry]) throw new Error(`chunksOfEntry: the manifest has no entry "${entry}"`);
  const initialKeys = closure(manifest, [entry], (chunk) => chunk.imports ?? []);
  const dynamicRoots = [...initialKeys].flatMap((key) => manifest[key]?.dynamicImports ?? []);
  const laterKeys = closure(manifest, dynamicRoots, (chunk) => [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]);
  for (const key of initialKeys) laterKeys.delete(key);
  return { initial: filesOf(manifest, initialKeys), later: filesOf(manifest, laterKeys) };
}

function closure(manifest: Manifest, roots: string[], next: (chunk: ManifestChunk) => string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let key = stack.pop(); key !== undefined; key = stack.pop()) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`chunksOfEntry: the manifest names "${key}" but has no such chunk`);
    seen.add(key);
    stack.push(...next(chunk));
  }
  return seen;
}

function filesOf(manifest: Manifest, keys: Set<string>): string[] {
  const files = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key] as ManifestChunk;
    // An HTML entry's own chunk is its script; a CSS-only entry has no .js file.
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return [...files].sort();
}
