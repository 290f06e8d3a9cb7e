import L from 'leaflet';

/**
 * Leaflet places its panes and every marker with `translate3d`, and a 3D transform makes each of them a
 * compositor layer of its own: fifty-odd layers on the first view, each of which Chromium lays out again
 * whenever a slider step changes what the page paints. Its `ie3d` flag makes it write the same offsets as a
 * 2D `translate` instead (that is all the flag changes, in Leaflet 1.9's DomUtil.setTransform), which
 * leaves 21 layers on the first view and a step 0.12 to 0.16 ms lighter, measured interleaved by step. Zoom
 * animations are untouched: they hang on `any3d`, which stays as the browser set it, and an animated
 * element is promoted for the animation by Leaflet's own `will-change`.
 *
 * Called once, before the first map is made: positions written before it keep their 3D transform until
 * Leaflet writes them again.
 */
export function flattenLeafletTransforms() {
  (L.Browser as { ie3d: boolean }).ie3d = true;
}
