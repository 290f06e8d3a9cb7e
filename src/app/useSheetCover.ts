import { useSyncExternalStore } from 'react';
import { PHONE } from './mediaQueries';

/** The sheet's share of the screen's height (app.css: .panel-slot--open max-height). */
const SHEET_SHARE = 0.42;

/**
 * One query for the page's life: a query list keeps its answer until the viewport changes, where asking
 * window.matchMedia anew on every render evaluated it every time (a slider step renders this).
 */
let phone: MediaQueryList | null = null;
const phoneQuery = () => (phone ??= window.matchMedia(PHONE));

const subscribe = (onChange: () => void) => {
  const query = phoneQuery();
  query.addEventListener('change', onChange);
  window.addEventListener('resize', onChange);
  return () => {
    query.removeEventListener('change', onChange);
    window.removeEventListener('resize', onChange);
  };
};

/**
 * How many pixels at the bottom of the map the open place's sheet covers on a phone, so the map can keep
 * the place in sight above it; 0 on wider screens, where the panel sits beside the map, or with no place open.
 */
export function useSheetCover(open: boolean): number {
  const cover = useSyncExternalStore(subscribe, () => (phoneQuery().matches ? Math.round(window.innerHeight * SHEET_SHARE) : 0));
  return open ? cover : 0;
}
