import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest value, for Leaflet handlers bound once at layer creation: the layer is
 * not rebuilt when a parent passes a new callback, yet the handler calls the current one.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  // A layout effect, not a passive one: it is current before the browser paints, and a slider step that
  // re-renders a layer schedules no passive effects (each costs React a scheduler task of its own).
  useLayoutEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
