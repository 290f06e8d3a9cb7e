/**
 * The performance measure the app records when it has worked out every place's statuses and events ahead,
 * in idle time (useExplorerModel): its duration runs from the start of that work to its end, and
 * `detail.busyMs` is the main thread's time spent on it. The benchmark and the tests wait for it, so it lives
 * here, apart from the React code.
 */
export const WARM_UP_MEASURE = 'claimmap warm-up';
