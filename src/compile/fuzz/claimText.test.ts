import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { claimCount, deleteClaimField, insertClaimLines, setClaimField } from './claimText';

const file = `source: "900"
claims:
  # a comment between claims
  - id: 900-one
    quote: >-
      The airport was closed
      on Friday.
    places: [test-city]
    when:
      start: "2024-11-29"
      end: "2024-11-30"
    contradicts:
      [
        900-two
      ]

  - id: 900-two
    quote: Rebels took the city.
    places: [test-city]
`;
const claims = (text: string | null) => (parse(text ?? '') as { claims: Record<string, unknown>[] }).claims;

describe('the fuzz line editor for claim files', () => {
  it('counts the claims the layout shows', () => {
    expect(claimCount(file)).toBe(2);
  });

  it('setClaimField replaces a field written over several lines, and nothing else', () => {
    const edited = setClaimField(file, 0, ['quote'], 'Closed.');
    expect(claims(edited)[0]?.quote).toBe('Closed.');
    expect(edited?.replace('    quote: "Closed."\n', '')).toBe(file.replace(/ {4}quote: >-\n.*\n.*\n/, ''));
  });

  it('setClaimField reaches a field inside a field, and a multi-line flow list', () => {
    const edited = setClaimField(setClaimField(file, 0, ['when', 'end'], '2024-11-28') ?? '', 0, ['contradicts'], []);
    expect(claims(edited)[0]).toMatchObject({ when: { start: '2024-11-29', end: '2024-11-28' }, contradicts: [] });
    expect(claims(edited)[1]?.id).toBe('900-two');
  });

  it('setClaimField adds a missing field, and rewrites the id on its own line', () => {
    const noted = setClaimField(file, 1, ['note'], 'added');
    expect(claims(noted)[1]).toMatchObject({ id: '900-two', note: 'added' });
    expect(claims(setClaimField(file, 1, ['id'], '900-one'))[1]?.id).toBe('900-one');
  });

  it('deleteClaimField removes a field, the id included, and says null when there is none', () => {
    expect(claims(deleteClaimField(file, 0, ['when']))[0]).not.toHaveProperty('when');
    expect(claims(deleteClaimField(file, 1, ['id']))[1]).toEqual({ quote: 'Rebels took the city.', places: ['test-city'] });
    expect(deleteClaimField(file, 1, ['note'])).toBeNull();
    expect(deleteClaimField(file, 5, ['quote'])).toBeNull();
  });

  it('insertClaimLines puts raw YAML among the fields', () => {
    expect(claims(insertClaimLines(file, 1, '    sauce: tomato'))[1]).toMatchObject({ sauce: 'tomato' });
  });
});
