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
 * The sites (airports, air bases, landmarks, villages) whose symbols would overlap a city's, for the map's
 * far views, where they give way, symbol and name (PlacesLayer). A city's symbol is a dot in its status
 * colour beside its name; far out, Aleppo's airport and citadel stand within a few pixels of the city, and
 * their symbols hid the dot, so what read as Aleppo's status was the airport's grey, and a click there never
 * opened the city. Overlapping at all, not only covering the dot: two targets that overlap are each smaller
 * than a finger's 24 pixels (WCAG 2.2 target size, which the accessibility checks hold the map to). Symbols
 * are squares `size` pixels across, centred on their places (placedBox); the cities' are filed in a grid
 * (boxGrid), so each site is checked against the few cities near it.
 */
export function symbolsGivingWay(symbols: readonly SymbolAt[], size: number): Set<string> {
  const boxOf = (symbol: SymbolAt) => placedBox(symbol, { kind: 'symbol', width: size, height: size });
  const cities = boxGrid(symbols.filter((symbol) => symbol.city).map(boxOf));
  const givingWay = new Set<string>();
  for (const site of symbols) {
    if (site.city) continue;
    const box = boxOf(site);
    if (cities.near(box).some((city) => boxesOverlap(box, city))) givingWay.add(site.placeId);
  }
  return givingWay;
}
