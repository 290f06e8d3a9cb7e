import { useMemo, useState } from 'react';
import type { Place } from '../model/types';
import type { UrlStore } from '../state/urlStore';
import { describeMoment } from '../time/describeMoment';
import { useI18n } from './I18n';
import type { ExplorerModel } from './useExplorerModel';
import { useMoment } from './useMoment';

interface Props {
  places: Place[];
  store: UrlStore;
  model: ExplorerModel;
  onSelect: (placeId: string) => void;
}

/**
 * The map as a table, for readers who cannot use the map: every place with its status at the moment, how
 * much of it, whether that is disputed, and how many claims and independent origins it rests on. Each name
 * opens the place's claims, as a click on the map does.
 */
export function PlacesTable(props: Props) {
  const { t } = useI18n();
  // Rows only while open: a folded table of thousands of places would still cost every slider step.
  const [open, setOpen] = useState(false);
  return (
    <details className="places-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.table.summary}</summary>
      {open && <PlacesTableAtMoment {...props} />}
    </details>
  );
}

/** The open table, which follows the moment (the folded one does not listen to it). */
function PlacesTableAtMoment({ places, store, model, onSelect }: Props) {
  const { t, nameOf, locale } = useI18n();
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const { moment, statuses } = useMoment(store, model);
  return (
    <table>
      <caption>{t.table.caption(describeMoment(moment, locale))}</caption>
      <thead>
        <tr>
          <th scope="col">{t.table.place}</th>
          <th scope="col">{t.table.status}</th>
          <th scope="col">{t.table.extent}</th>
          <th scope="col">{t.table.disputed}</th>
          <th scope="col">{t.table.claims}</th>
          <th scope="col">{t.table.origins}</th>
        </tr>
      </thead>
      <tbody>
        {places.map((place) => {
          const status = statuses.get(place.id);
          return (
            <tr key={place.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(place.id)} aria-label={t.table.open(nameOf(place))}>
                  {nameOf(place)}
                </button>
              </th>
              <td>{t.statuses[status?.status ?? 'unknown']}</td>
              <td>{status?.extent ? t.extents[status.extent] : '—'}</td>
              <td>{status?.disputed ? t.table.yes : t.table.no}</td>
              <td>{number.format(status?.supporting.length ?? 0)}</td>
              <td>{number.format(status?.origins.length ?? 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
