/** Where the side panel turns into a bottom sheet and the legend starts folded (app.css uses the same width). */
export const PHONE = '(max-width: 760px)';
/** Readers who ask for less motion get jumps instead of animations, and a slower play. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the screen matches a query now; false where there is no window or no matchMedia (tests, old browsers). */
export function matchesNow(query: string): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.(query).matches ?? false);
}
