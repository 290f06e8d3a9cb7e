import type { PathOptions } from 'leaflet';

/**
 * The SVG attributes to write to turn a path drawn with `before` into one drawn with `after`, as
 * [name, value] pairs (a null value removes the attribute), or null when the change is more than colours
 * and opacities (stroke or fill switched on or off, a new width, which also moves Leaflet's click
 * tolerance, a new line cap or join) and Leaflet's own setStyle should redraw the path's whole style.
 *
 * A slider step mostly changes a place's colour: writing the two or three attributes that differ, rather than
 * the eleven Leaflet writes for any change, was a tenth of a step's script at 2,000 places. The mapping is
 * Leaflet 1.9's (SVG renderer, _updateStyle), which PlacesLayer keeps in step by giving the path the same
 * options.
 */
export function changedPathAttributes(before: PathOptions, after: PathOptions): [string, string | null][] | null {
  const stroke = after.stroke ?? true;
  const fill = after.fill ?? false;
  if ((before.stroke ?? true) !== stroke || (before.fill ?? false) !== fill) return null;
  if (before.weight !== after.weight || before.lineCap !== after.lineCap || before.lineJoin !== after.lineJoin) return null;
  const changes: [string, string | null][] = [];
  const differs = (key: keyof PathOptions) => before[key] !== after[key];
  if (stroke) {
    if (differs('color')) changes.push(['stroke', after.color ?? null]);
    if (differs('opacity')) changes.push(['stroke-opacity', after.opacity === undefined ? null : String(after.opacity)]);
    if (differs('dashArray')) changes.push(['stroke-dasharray', after.dashArray ? String(after.dashArray) : null]);
    if (differs('dashOffset')) changes.push(['stroke-dashoffset', after.dashOffset || null]);
  }
  if (fill) {
    const colourOf = (options: PathOptions) => options.fillColor || options.color;
    if (colourOf(before) !== colourOf(after)) changes.push(['fill', colourOf(after) ?? null]);
    if (differs('fillOpacity')) changes.push(['fill-opacity', after.fillOpacity === undefined ? null : String(after.fillOpacity)]);
    if (differs('fillRule')) changes.push(['fill-rule', after.fillRule || 'evenodd']);
  }
  return changes;
}
