import type { LatLngBoundsExpression } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Fits the view to the places once, after the layout has settled (on a phone the map's box is sized by CSS
 * after Leaflet first measures it). Never again: after this the view is the reader's.
 */
export function FitOnLoad({ bounds, enabled }: { bounds: LatLngBoundsExpression; enabled: boolean }) {
  const map = useMap();
  useEffect(
    function fitOnce() {
      const frame = requestAnimationFrame(() => {
        map.invalidateSize();
        if (enabled) map.fitBounds(bounds, { padding: [8, 8], animate: false });
      });
      return function cancelFit() {
        cancelAnimationFrame(frame);
      };
    },
    // Deliberately only at mount: re-fitting when props change would fight the reader's pan and zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map],
  );
  return null;
}
