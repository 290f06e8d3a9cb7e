import { describe, expect, it } from 'vitest';
import { firstLoadChunk, type ModuleFacts } from './firstLoadChunk';

/**
 * Two pages (main, embed) and a part main loads later (share). Each module lists who imports it statically
 * and who loads it with import().
 */
const graph: Record<string, Partial<ModuleFacts>> = {
  main: { isEntry: true },
  embed: { isEntry: true },
  react: { importers: ['main', 'embed', 'share', 'panel'] },
  map: { importers: ['main', 'embed'] },
  leaflet: { importers: ['map'] },
  explorer: { importers: ['main'] },
  picker: { importers: ['explorer'] },
  embedView: { importers: ['embed'] },
  snippets: { importers: ['embedView', 'share'] },
  share: { dynamicImporters: ['explorer'] },
  csv: { importers: ['share'] },
  cycleA: { importers: ['cycleB', 'explorer'] },
  cycleB: { importers: ['cycleA'] },
};
const factsOf = (id: string): ModuleFacts | null => {
  const facts = graph[id];
  return facts ? { isEntry: false, importers: [], dynamicImporters: [], ...facts } : null;
};
const chunkOf = (id: string) => firstLoadChunk(id, factsOf, 'app');

describe('firstLoadChunk(id, factsOf, shared)', () => {
  it('puts what both pages load at once, and what it needs, in the shared chunk', () => {
    expect(chunkOf('map')).toBe('app');
    expect(chunkOf('leaflet')).toBe('app');
    expect(chunkOf('react')).toBe('app');
  });

  it('leaves what one page alone loads to that page’s entry', () => {
    expect(chunkOf('explorer')).toBeNull();
    expect(chunkOf('picker')).toBeNull();
    expect(chunkOf('embedView')).toBeNull();
  });

  it('shares what a page and a later part both need, rather than a chunk for the pair', () => {
    expect(chunkOf('snippets')).toBe('app');
  });

  it('leaves what only a later part needs to that part', () => {
    expect(chunkOf('share')).toBeNull();
    expect(chunkOf('csv')).toBeNull();
  });

  it('follows import cycles without looping, and knows nothing of modules it has no facts for', () => {
    expect(chunkOf('cycleB')).toBeNull();
    expect(chunkOf('unknown')).toBeNull();
  });
});
