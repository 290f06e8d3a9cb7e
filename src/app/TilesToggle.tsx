import { memo } from 'react';
import { useI18n } from './I18n';

/** The opt-in to OpenStreetMap tiles. Memoised: a slider step leaves it alone (see ReadingChoice). */
export const TilesToggle = memo(function TilesToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useI18n();
  return (
    <label className="tiles-toggle">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} /> {t.explorer.tiles}
    </label>
  );
});
