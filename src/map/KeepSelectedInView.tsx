import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Place } from '../model/types';

/**
 * When the reader chooses a place, pans just enough to keep its anchor inside the part of the map that is not
 * covered: on a phone the place's claims open as a sheet over the bottom of the map (`coveredBottom` pixels),
 * and the place it describes must stay in sight above it. A place already in view does not move the map.
 */
export function KeepSelectedInView({ place, coveredBottom }: { place: Place | undefined; coveredBottom: number }) {
  const map = useMap();
  useEffect(
    function panToChosenPlace() {
      if (!place) return;
      const [lon, lat] = place.properties.anchor;
      map.panInside([lat, lon], { paddingTopLeft: [24, 24], paddingBottomRight: [24, coveredBottom + 24], animate: false });
    },
    [map, place, coveredBottom],
  );
  return null;
}
