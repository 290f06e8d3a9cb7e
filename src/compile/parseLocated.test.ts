/**
 * parseLocated reads most files without positions (JSON.parse, js-yaml) and parses them fully only
 * when an error needs a line: whichever way a file was read, an error must point where the full parse says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGeoError, parseLocated, parseYamlLocated, type LocatedDocument } from './parseLocated';

const project = join(import.meta.dirname, '../..');

const located = (text: string): LocatedDocument => {
  const doc = parseLocated('geo/claims/900.yaml', text);
  if (isGeoError(doc)) throw new Error(doc.message);
  return doc;
};

/** Every path to a value in `value`, containers included, the root first. */
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value) ? value.map((child, i) => [i, child] as const) : Object.entries(value);
  return [path, ...children.flatMap(([key, child]) => pathsIn(child, [...path, key]))];
}

describe('parseLocated(file, text)', () => {
  const claims = [
    'source: "900"',
    'claims:',
    '  - id: 900-most',
    '    quote: >-',
    '      Rebels took control',
    '      of most of the city',
    '    places: [test-city]',
    '    when: { start: "2024-11-29", end: 2024-11-30T10:00 }',
    '',
  ].join('\n');

  it('reads common YAML to its value, and still points an error at the line and column of its field', () => {
    const doc = located(claims);
    expect(doc.value).toEqual({
      source: '900',
      claims: [
        {
          id: '900-most',
          quote: 'Rebels took control of most of the city',
          places: ['test-city'],
          when: { start: '2024-11-29', end: '2024-11-30T10:00' },
        },
      ],
    });
    expect(doc.errorAt(['claims', 0, 'quote'], 'is wrong')).toEqual({
      file: 'geo/claims/900.yaml',
      line: 4,
      column: 12,
      field: 'claims[0].quote',
      message: 'is wrong',
    });
    expect(doc.errorAt(['claims', 0, 'places', 0], 'is not a place').line).toBe(7);
    expect(doc.errorAt(['claims', 0, 'when', 'end'], 'is late')).toMatchObject({ line: 8, column: 39 });
  });

  it('points a missing field at the nearest thing written, its claim', () => {
    expect(located(claims).errorAt(['claims', 0, 'kind'], 'is missing')).toMatchObject({ line: 3, column: 5, field: 'claims[0].kind' });
  });

  it('points every field of every file in geo/ where the full parse does, YAML and GeoJSON alike', () => {
    const files = readdirSync(join(project, 'geo'), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(yaml|geojson)$/.test(name) && !name.startsWith('basemap'))
      .map((name) => `geo/${name}`);
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(join(project, file), 'utf8');
      const fast = parseLocated(file, text);
      const full = parseYamlLocated(file, text);
      if (isGeoError(fast) || isGeoError(full)) throw new Error(`${file} does not parse`);
      expect(fast.value, file).toEqual(full.value);
      for (const path of pathsIn(fast.value).filter((_, i) => i % 7 === 0)) {
        expect(fast.errorAt(path, 'm'), `${file} ${path.join('.')}`).toEqual(full.errorAt(path, 'm'));
      }
    }
  });
});
