/** What the chunking callback may ask about a module (a subset of Rolldown's ModuleInfo). */
export interface ModuleFacts {
  isEntry: boolean;
  /** Modules that import this one with a static import. */
  importers: readonly string[];
  /** Modules that load this one with import(). */
  dynamicImporters: readonly string[];
}

export type ModuleFactsOf = (id: string) => ModuleFacts | null;

/**
 * The chunk a module goes into, so that each page's first load is one shared chunk and its own entry, and
 * what loads later (import()) is one chunk per part. Left alone, the bundler splits off a chunk for every
 * different set of importers (React, say, apart from react-dom, because the later parts use the one and not
 * the other), and every extra file costs a request and its own gzip dictionary.
 *
 * - Loaded at once by more than one page, or by a page and a later part: `shared` (a later part always comes
 *   after its page, which has loaded it already).
 * - Loaded at once by one page only: that page's entry chunk (null: the bundler's own choice).
 * - Reached only from later parts: null, so each part keeps its own (the bundler's own choice).
 */
export function firstLoadChunk(id: string, factsOf: ModuleFactsOf, shared = 'shared'): string | null {
  const { pages, later } = rootsOf(id, factsOf);
  if (pages.size > 1 || (pages.size === 1 && later)) return shared;
  return null;
}

interface Roots {
  /** The entry modules that load this one at once. */
  pages: Set<string>;
  /** Whether a part loaded with import() also needs it. */
  later: boolean;
}

function rootsOf(id: string, factsOf: ModuleFactsOf, seen = new Set<string>()): Roots {
  const roots: Roots = { pages: new Set(), later: false };
  if (seen.has(id)) return roots;
  seen.add(id);
  const facts = factsOf(id);
  if (!facts) return roots;
  if (facts.isEntry) roots.pages.add(id);
  if (facts.dynamicImporters.length > 0) roots.later = true;
  for (const importer of facts.importers) {
    const above = rootsOf(importer, factsOf, seen);
    for (const page of above.pages) roots.pages.add(page);
    roots.later ||= above.later;
  }
  return roots;
}
