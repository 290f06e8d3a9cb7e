/** A promise that asking again shares: what `askOnce` hands back. */
export interface AskedOnce<T> {
  /** The answer: loaded the first time, shared after; a failure is forgotten, so asking again tries again. */
  (): Promise<T>;
  /** The answer if it has already come, for a caller that would rather not wait a turn for a known value. */
  now(): T | undefined;
}

/**
 * Loads on the first ask, not before, and shares that one load with every later asker. A failed load is
 * not kept: the reader's "try again" (or the next asker) loads afresh, where a kept rejection would fail
 * forever on one dropped connection.
 */
export function askOnce<T>(load: () => Promise<T>): AskedOnce<T> {
  let pending: Promise<T> | null = null;
  let answer: { value: T } | null = null;
  const ask = () => {
    if (!pending) {
      const loading = load();
      pending = loading;
      loading.then(
        (value) => {
          answer = { value };
        },
        () => {
          if (pending === loading) pending = null;
        },
      );
    }
    return pending;
  };
  return Object.assign(ask, { now: () => answer?.value });
}
