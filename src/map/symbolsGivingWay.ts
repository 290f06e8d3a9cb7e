import { boxesOverlap } from './box';
import { placedBox } from './dataBoxes';
import { boxGrid } from './eventMarkerPlacement';

/** A place's symbol where it stands at one zoom: its centre in pixels, and whether it is a city's. */
export interface SymbolAt {
  placeId: string;
  x: number;
  y: number;
  city: boolean;
}

/**
 * Which symbols give way where a site's (an airport, air base, landmark or village) would overlap a city's.
 *
 * Far out (`giving: 'sites'`), the sites do, symbol and name (PlacesLayer). A city's symbol is a dot in its
 * status colour beside its name; far out, Aleppo's airport and citadel stand within a few pixels of the city,
 * and their symbols hid the dot, so what read as Aleppo's status was the airport's grey, and a click there
 * never opened the city.
 *
 * Closer in (`giving: 'cities'`), the city's symbol does, its name staying: the reader came closer for the
 * sites, and there a city's outline is large enough to carry its colour and take a click (every city in the
 * data has one, 40 pixels or more across from zoom 10; Aleppo's is about 100, and its citadel stood on its dot
 * at zooms 10 and 11).
 *
 * Overlapping at all, not only covering the dot: two targets that overlap are each smaller than a finger's 24
 * pixels (WCAG 2.2 target size, which the accessibility checks hold the map to). Symbols are squares `size`
 * pixels across, centred on their places (placedBox); the cities' are filed in a grid (boxGrid), so each site
 * is checked against the few cities near it.
 */
export function symbolsGivingWay(symbols: readonly SymbolAt[], size: number, giving: 'sites' | 'cities' = 'sites'): Set<string> {
  const boxOf = (symbol: SymbolAt) => placedBox(symbol, { kind: 'symbol', width: size, height: size });
  // The grid hands back the boxes it was given, so each city's box leads back to its place.
  const cityOf = new Map(symbols.filter((symbol) => symbol.city).map((city) => [boxOf(city), city.placeId]));
  const cities = boxGrid(cityOf.keys());
  const givingWay = new Set<string>();
  for (const site of symbols) {
    if (site.city) continue;
    const box = boxOf(site);
    for (const city of cities.near(box)) {
      if (!boxesOverlap(box, city)) continue;
      const placeId = giving === 'sites' ? site.placeId : cityOf.get(city);
      if (placeId) givingWay.add(placeId);
    }
  }
  return givingWay;
}
