import { describe, expect, it } from 'vitest';
import { chunksOfEntry, type Manifest } from './chunksOfEntry';

/** Two pages sharing React; the full app opens its sources view through import(), which reuses React too. */
const manifest: Manifest = {
  'index.html': { file: 'assets/main.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['src/Sources.tsx'], css: ['assets/main.css'] },
  'embed.html': { file: 'assets/embed.js', isEntry: true, imports: ['_react.js'], css: ['assets/embed.css'] },
  '_react.js': { file: 'assets/react.js' },
  'src/Sources.tsx': { file: 'assets/Sources.js', imports: ['_react.js', '_list.js'], css: ['assets/Sources.css'] },
  '_list.js': { file: 'assets/list.js' },
};

describe('chunksOfEntry(manifest, entry)', () => {
  it('counts the entry, its static imports and their CSS at once, and what only import() reaches later', () => {
    expect(chunksOfEntry(manifest, 'index.html')).toEqual({
      initial: ['assets/main.css', 'assets/main.js', 'assets/react.js'],
      later: ['assets/Sources.css', 'assets/Sources.js', 'assets/list.js'],
    });
  });

  it('leaves out what only the other page loads', () => {
    expect(chunksOfEntry(manifest, 'embed.html')).toEqual({ initial: ['assets/embed.css', 'assets/embed.js', 'assets/react.js'], later: [] });
  });

  it('names an entry the manifest does not have', () => {
    expect(() => chunksOfEntry(manifest, 'share.html')).toThrow('the manifest has no entry "share.html"');
  });
});
