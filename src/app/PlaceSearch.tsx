import { memo, useId, useMemo, useRef, useState } from 'react';
import type { PlaceStatus } from '../model/placeStatusAt';
import type { Place } from '../model/types';
import type { UrlStore } from '../state/urlStore';
import { useI18n } from './I18n';
import type { ExplorerModel } from './useExplorerModel';
import { useContentHeight } from './useContentHeight';
import { useMoment } from './useMoment';
import { swatchClass } from './swatchClass';

interface Props {
  places: Place[];
  store: UrlStore;
  model: ExplorerModel;
  selected: string | null;
  onSelect: (placeId: string) => void;
}

/**
 * Every place as a searchable list of buttons: the keyboard's (and the screen reader's) way to a place's
 * claims, and a way to reach places too small to click. Matches any of the names, Arabic included.
 */
/** More buttons than this slow every slider step and no one scrolls them; typing narrows the list instead. */
const LIST_AT_MOST = 60;

export function PlaceSearch({ places, store, model, selected, onSelect }: Props) {
  const { t } = useI18n();
  const { statuses } = useMoment(store, model);
  const [query, setQuery] = useState('');
  const listId = useId();
  const matches = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    if (!needle) return places;
    return places.filter((place) => Object.values(place.properties.names).some((name) => name.toLocaleLowerCase().includes(needle)) || place.id.includes(needle));
  }, [places, query]);
  const shown = useMemo(() => matches.slice(0, LIST_AT_MOST), [matches]);
  // The list scrolls in a box that keeps its layout to itself, as tall as the list up to its most (app.css):
  // a step that rewrites a place's status is laid out inside it (a third of a millisecond of the real data's
  // step, measured interleaved by step), not with the page around it.
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useContentHeight(scroller, list);
  return (
    <section className="place-search" aria-label={t.search.section}>
      <SearchBox query={query} onChange={setQuery} listId={listId} />
      <div className="place-list-scroller" ref={scroller}>
        <ul id={listId} className="place-list" ref={list}>
          {shown.map((place) => (
            <PlaceItem key={place.id} place={place} status={statuses.get(place.id)} current={place.id === selected} onSelect={onSelect} />
          ))}
          {shown.length === 0 && <li className="muted">{t.search.noMatch(query)}</li>}
          {shown.length < matches.length && <li className="muted">{t.search.partial(shown.length, matches.length)}</li>}
        </ul>
      </div>
    </section>
  );
}

/** The search field, memoised: a slider step changes the list's statuses, never the field. */
const SearchBox = memo(function SearchBox({ query, onChange, listId }: { query: string; onChange: (query: string) => void; listId: string }) {
  const { t } = useI18n();
  return (
    <input
      type="search"
      aria-label={t.search.input}
      aria-controls={listId}
      placeholder={t.search.placeholder}
      value={query}
      onChange={(event) => onChange(event.target.value)}
    />
  );
});

interface ItemProps {
  place: Place;
  status: PlaceStatus | undefined;
  current: boolean;
  onSelect: (placeId: string) => void;
}

/**
 * One place's button. Memoised on what it shows: a slider step redraws only the places whose colour or words
 * it changed (a new claim that agrees with the old ones makes a new status, not a new look).
 */
const PlaceItem = memo(function PlaceItem({ place, status, current, onSelect }: ItemProps) {
  const { t, nameOf } = useI18n();
  return (
    <li>
      <button type="button" aria-current={current ? 'true' : undefined} onClick={() => onSelect(place.id)}>
        <span className={swatchClass(status?.status ?? 'unknown', status?.disputed)} aria-hidden="true" />
        <span className="place-name">{nameOf(place)}</span>
        {/* Under the name, never beside it: words that wrapped or unwrapped as the status changed moved the
            entries below on a slider step (and had Chromium sort out the page's layers again). The dot is
            for screen readers, which would otherwise run the name into the status. */}
        <span className="muted place-status">
          <span className="visually-hidden">{' · '}</span>
          {t.statuses[status?.status ?? 'unknown']}
          {status?.disputed && `, ${t.status.disputed}`}
        </span>
      </button>
    </li>
  );
}, sameLook);

function sameLook(before: ItemProps, after: ItemProps): boolean {
  return (
    before.place === after.place &&
    before.current === after.current &&
    before.onSelect === after.onSelect &&
    before.status?.status === after.status?.status &&
    before.status?.disputed === after.status?.disputed
  );
}
