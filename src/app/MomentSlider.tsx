import { memo, useCallback } from 'react';
import { describeStatus } from '../i18n';
import type { UrlStore } from '../state/urlStore';
import type { ViewState } from '../state/urlState';
import { useI18n } from './I18n';
import type { ExplorerModel } from './useExplorerModel';
import { useMoment } from './useMoment';
import { useChosenPlace } from './useSelectedPlace';
import { TimeSlider } from './TimeSlider';

interface Props {
  store: UrlStore;
  model: ExplorerModel;
  showReading?: boolean;
}

/**
 * The date slider at the link's moment, announcing the open place's status as it moves. It listens to the
 * moment itself, so a step re-renders this and the other parts that show the moment, not the page around them.
 */
export const MomentSlider = memo(function MomentSlider({ store, model, showReading }: Props) {
  const { t, nameOf } = useI18n();
  const { moment, reading, statuses, sliderIndex } = useMoment(store, model);
  const chosen = useChosenPlace(store, model, statuses);
  const { line } = model;
  // The store decides whether a step makes a history entry (an embed's never does).
  const moveTo = useCallback((i: number, mode: 'push' | 'replace') => store.update({ date: line.moments[i] ?? null }, mode), [store, line]);
  const chooseReading = useCallback((time: ViewState['time']) => store.update({ time }), [store]);
  return (
    <TimeSlider
      announcement={chosen ? describeStatus(t, nameOf(chosen.place), chosen.status) : null}
      timeline={line}
      index={sliderIndex}
      moment={moment}
      onIndexChange={moveTo}
      reading={reading}
      onReadingChange={chooseReading}
      showReading={showReading}
    />
  );
});
