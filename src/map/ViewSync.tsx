import { useMapEvents } from 'react-leaflet';
import { useLatest } from './useLatest';

export interface MapViewport {
  lat: number;
  lng: number;
  zoom: number;
}

/**
 * Reports the reader's pans and zooms upwards (to the URL). It never moves the map itself: the view is set
 * once, at mount, and after that the reader's hand is not fought.
 */
export function ViewSync({ onViewportChange }: { onViewportChange: (viewport: MapViewport) => void }) {
  const report = useLatest(onViewportChange);
  const map = useMapEvents({
    moveend() {
      const centre = map.getCenter();
      report.current({ lat: round(centre.lat, 4), lng: round(centre.lng, 4), zoom: map.getZoom() });
    },
  });
  return null;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
