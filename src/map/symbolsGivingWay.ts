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
 * are squares `size` pixels across, centred on their places; cities are filed in a grid of that size, so
 * each site is checked against the few cities near it.
 */
export function symbolsGivingWay(symbols: readonly SymbolAt[], size: number): Set<string> {
  const cities = new Map<string, SymbolAt[]>();
  const cellOf = (x: number, y: number) => `${Math.floor(x / size)},${Math.floor(y / size)}`;
  for (const symbol of symbols) {
    if (!symbol.city) continue;
    const cell = cellOf(symbol.x, symbol.y);
    const here = cities.get(cell);
    if (here) here.push(symbol);
    else cities.set(cell, [symbol]);
  }
  const givingWay = new Set<string>();
  for (const site of symbols) {
    if (site.city) continue;
    const column = Math.floor(site.x / size);
    const row = Math.floor(site.y / size);
    const near = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].flatMap((dy) => cities.get(`${column + dx},${row + dy}`) ?? []));
    if (near.some((city) => Math.abs(city.x - site.x) < size && Math.abs(city.y - site.y) < size)) givingWay.add(site.placeId);
  }
  return givingWay;
}
