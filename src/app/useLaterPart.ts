import { useCallback, useEffect, useState } from 'react';
import type { AskedOnce } from '../load/askOnce';
import { messageOf } from '../load/messageOf';

export type LaterPartState<T> = { state: 'loading' } | { state: 'ready'; part: T } | { state: 'failed'; message: string };

const LOADING = { state: 'loading' } as const;

/**
 * A part of the page loaded when it is first shown (see laterCode), with `retry` for a reader whose fetch
 * failed. A part already loaded is there on the first render, so reopening a panel shows no loading line.
 */
export function useLaterPart<T>(load: AskedOnce<T>): { answer: LaterPartState<T>; retry: () => void } {
  const [answer, setAnswer] = useState<LaterPartState<T>>(() => readyOrLoading(load));
  const [attempt, setAttempt] = useState(0);
  const ready = answer.state === 'ready';
  useEffect(
    function loadPart() {
      if (ready) return;
      let live = true;
      load().then(
        (part) => live && setAnswer({ state: 'ready', part }),
        (error: unknown) => live && setAnswer({ state: 'failed', message: messageOf(error) }),
      );
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [load, attempt, ready],
  );
  const retry = useCallback(() => {
    setAnswer(LOADING);
    setAttempt((n) => n + 1);
  }, []);
  return { answer, retry };
}

function readyOrLoading<T>(load: AskedOnce<T>): LaterPartState<T> {
  const part = load.now();
  return part === undefined ? LOADING : { state: 'ready', part };
}
