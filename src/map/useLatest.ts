import { useEffect, useRef } from 'react';

/**
 * A ref that always holds the latest value, for Leaflet handlers bound once at layer creation: the layer is
 * not rebuilt when a parent passes a new callback, yet the handler calls the current one.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
