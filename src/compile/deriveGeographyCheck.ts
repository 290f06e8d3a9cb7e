import type { ClaimYaml } from './schemas/claimFileSchema';
import { distanceKm, round, sharedBoundaryKm } from './measure';
import type { GeographyCheck, Place } from '../model/types';

/**
 * A city-to-city figure in an article depends on which points of the two cities are meant (centres, edges,
 * road distance); within 15 % (and at least 5 km) of the straight line between anchors counts as consistent.
 */
const DISTANCE_TOLERANCE = 0.15;
const DISTANCE_TOLERANCE_MIN_KM = 5;

/** Measures a claim's stated geography against the outlines; null when the claim states none. */
export function deriveGeographyCheck(check: ClaimYaml['check'], places: Map<string, Place>): GeographyCheck | null {
  if (!check) return null;
  if ('distanceKm' in check) {
    const { from, to, stated } = check.distanceKm;
    const a = places.get(from);
    const b = places.get(to);
    if (!a || !b) return null;
    const measured = distanceKm(a.properties.anchor, b.properties.anchor);
    const difference = round(measured - stated, 1);
    const consistent = Math.abs(difference) <= Math.max(DISTANCE_TOLERANCE_MIN_KM, stated * DISTANCE_TOLERANCE);
    return {
      kind: 'distance',
      statedKm: stated,
      bound: 'exact',
      measuredKm: measured,
      consistent,
      note:
        `The straight line between the anchors of ${a.properties.names.en} and ${b.properties.names.en} measures ` +
        `${measured} km (${difference >= 0 ? '+' : ''}${difference} km against the ${stated} km stated); ` +
        (consistent
          ? 'consistent, given that a city-to-city figure depends on which points are meant.'
          : 'more than a city-to-city figure can be off by: one of them is wrong.'),
    };
  }
  const [first, second] = check.frontLengthKm.along;
  const a = places.get(first);
  const b = places.get(second);
  if (!a || !b) return null;
  const stated = check.frontLengthKm.statedAtLeast;
  const measured = sharedBoundaryKm(a.geometry, b.geometry);
  const consistent = measured >= stated;
  return {
    kind: 'front-length',
    statedKm: stated,
    bound: 'at-least',
    measuredKm: measured,
    consistent,
    note:
      `The border between ${a.properties.names.en} and ${b.properties.names.en} runs ${measured} km on the ` +
      `outlines; a front along it ${consistent ? 'can' : 'could not'} exceed the ${stated} km stated. ` +
      'The front itself is not mapped, so this bounds the figure rather than confirming it.',
  };
}
