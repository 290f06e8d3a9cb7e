import { useEffect, useMemo, useState } from 'react';

export type TileStatus = 'off' | 'loading' | 'loaded' | 'failed' | 'slow';

/** How long tiles may take before the reader is told they are not coming (a hanging server never errors). */
const PATIENCE_MS = 8000;

/**
 * Follows the optional tile layer: loading until a first tile arrives, failed when tiles error before any
 * has loaded, slow when none has come after a while. The map keeps working in every case; the status lets
 * the map say (in the words the app hands it) why the background looks as it does.
 */
export function useTileStatus(enabled: boolean) {
  const [status, setStatus] = useState<TileStatus>(enabled ? 'loading' : 'off');
  const [wasEnabled, setWasEnabled] = useState(enabled);
  if (wasEnabled !== enabled) {
    // Switching tiles on or off starts over (React's pattern for state that follows a prop).
    setWasEnabled(enabled);
    setStatus(enabled ? 'loading' : 'off');
  }

  useEffect(
    function noticeSilence() {
      if (status !== 'loading') return;
      const timer = window.setTimeout(() => setStatus('slow'), PATIENCE_MS);
      return function stopWaiting() {
        window.clearTimeout(timer);
      };
    },
    [status],
  );

  const handlers = useMemo(
    () => ({
      tileload: () => setStatus('loaded'),
      tileerror: () => setStatus((current) => (current === 'loaded' ? current : 'failed')),
    }),
    [],
  );
  return { status, handlers };
}
