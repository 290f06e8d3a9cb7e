import type { Status } from '../model/vocabulary';

/**
 * The classes of a status's swatch, striped where the map stripes the place: contested, or disputed by
 * another claim (isHatched in src/map/placeStyle.ts). The legend, the place list and the place panel all
 * draw their swatches with it, so a swatch always looks like the legend entry that explains it.
 */
export function swatchClass(status: Status, disputed = false): string {
  return disputed || status === 'contested' ? `swatch swatch--${status} swatch--hatched` : `swatch swatch--${status}`;
}
