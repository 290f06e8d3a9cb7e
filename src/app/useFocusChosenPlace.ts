import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the place panel's heading when the reader chooses a place, so keyboard and screen-reader
 * users land on what they asked for. Not for a place that came with the link: on load the map should be what
 * a reader meets first.
 */
export function useFocusChosenPlace(place: string | null, panel: RefObject<HTMLElement | null>) {
  const placeOnLoad = useRef(place);
  useEffect(
    function focusChosenPlace() {
      if (place && place !== placeOnLoad.current) {
        panel.current?.querySelector<HTMLElement>('#place-heading')?.focus();
      }
      placeOnLoad.current = null;
    },
    [place, panel],
  );
}
