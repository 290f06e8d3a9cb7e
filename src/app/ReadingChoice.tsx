import { memo } from 'react';
import type { TimeReading } from '../model/vocabulary';
import { useI18n } from './I18n';

interface Props {
  reading: TimeReading;
  onChange: (reading: TimeReading) => void;
}

/**
 * By event time or by publication time. Memoised apart from the slider: React rewrites a radio's name and
 * type on every render that reaches it, and a slider step should not restyle the reading's radio group.
 */
export const ReadingChoice = memo(function ReadingChoice({ reading, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="reading">
      <legend className="visually-hidden">{t.time.readingLegend}</legend>
      <label>
        <input type="radio" name="reading" checked={reading === 'event'} onChange={() => onChange('event')} /> {t.time.choice.event}
      </label>
      <label>
        <input type="radio" name="reading" checked={reading === 'report'} onChange={() => onChange('report')} /> {t.time.choice.report}
      </label>
    </fieldset>
  );
});
