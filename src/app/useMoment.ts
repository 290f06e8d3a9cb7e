import { useMemo } from 'react';
import type { UrlStore } from '../state/urlStore';
import type { ViewState } from '../state/urlState';
import { momentIndexAtOrBefore } from '../time/timeline';
import type { ExplorerModel } from './useExplorerModel';
import { useUrlValue } from './useUrlStore';

const dateOf = (state: ViewState) => state.date;
const readingOf = (state: ViewState) => state.time;

/**
 * The moment the link shows (its date, or the end of the span), its stop on the slider, and every place's
 * status then. What a slider step changes: only the components that call this re-render on a step.
 */
export function useMoment(store: UrlStore, model: ExplorerModel) {
  const date = useUrlValue(store, dateOf);
  const reading = useUrlValue(store, readingOf);
  const moment = date ?? model.end;
  // The model hands back the same map for the same moment, so every component that asks shares one answer.
  const statuses = useMemo(() => model.derived.statusesAt(moment, reading), [model, moment, reading]);
  const sliderIndex = momentIndexAtOrBefore(model.line.moments, moment);
  return { moment, reading, statuses, sliderIndex };
}
