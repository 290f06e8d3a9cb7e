import { useMapEvents } from 'react-leaflet';
import { useLatest } from './useLatest';

export interface MapViewport {
  lat: number;
  lng: number;
  zoom: number;
}

/** The box in view, [west, south, east, north] in degrees: what an embed of any size should show. */
export type VisibleBounds = [number, number, number, number];

/**
 * Reports the reader's pans and zooms upwards (to the URL). It never moves the map itself: the view is set
 * once, at mount, and after that the reader's hand is not fought.
 */
export function ViewSync({ onViewportChange }: { onViewportChange: (viewport: MapViewport, visible: VisibleBounds) => void }) {
  const report = useLatest(onViewportChange);
  const map = useMapEvents({
    moveend() {
      const centre = map.getCenter();
      const box = map.getBounds();
      report.current({ lat: round(centre.lat, 4), lng: round(centre.lng, 4), zoom: map.getZoom() }, [
        box.getWest(),
        box.getSouth(),
        box.getEast(),
        box.getNorth(),
      ]);
    },
  });
  return null;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
