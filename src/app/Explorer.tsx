import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { describeStatus, interfaceLanguage, pickLanguage } from '../i18n';
import type { Language, TimeReading } from '../model/vocabulary';
import { ClaimExtrasProvider } from './ClaimExtras';
import { browserLanguages, I18nProvider } from './I18n';
import { LanguagePicker } from './LanguagePicker';
import { Legend } from './Legend';
import { PlaceSearch } from './PlaceSearch';
import { PlacesTable } from './PlacesTable';
import { SelectedPlacePanel } from './SelectedPlacePanel';
import { ShareDialog } from './ShareDialog';
import { SourcesView } from './SourcesView';
import { TilesToggle } from './TilesToggle';
import { TimeSlider } from './TimeSlider';
import { DatasetMap } from './DatasetMap';
import { useFocusChosenPlace } from './useFocusChosenPlace';
import { useClaimDetails } from './useClaimDetails';
import { useExplorerModel } from './useExplorerModel';
import { useQuoteTranslations } from './useQuoteTranslations';
import { useSheetCover } from './useSheetCover';
import { useUrlState } from './useUrlState';

interface Props {
  dataset: LoadedDataset;
  /** Told the link's language whenever it changes, so the page around the explorer speaks it too. */
  onLanguageChange: (lang: Language | null) => void;
}

/** The map, the slider, the places and their claims, all driven by the state in the URL, language included. */
export function Explorer({ dataset, onLanguageChange }: Props) {
  const places = dataset.places.features;
  const { span } = dataset.claims.dataset;
  const known = useMemo(() => ({ placeIds: new Set(places.map((p) => p.id)), span }), [places, span]);
  const [state, update] = useUrlState(known);
  const ui = useMemo(() => interfaceLanguage(pickLanguage(state.lang, browserLanguages())), [state.lang]);
  const { t } = ui;
  const model = useExplorerModel(dataset, state, ui);
  const { line, moment, sliderIndex, statuses, selected } = model;
  // What only the panels show loads when one first opens: a place, or the sources below.
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const details = useClaimDetails(selected !== null || sourcesOpen);
  const translations = useQuoteTranslations(ui.lang);
  const extras = useMemo(() => ({ details, translations }), [details, translations]);

  useEffect(
    function tellThePage() {
      onLanguageChange(state.lang);
    },
    [state.lang, onLanguageChange],
  );

  const select = useCallback((placeId: string) => update({ place: placeId }), [update]);
  const chooseLanguage = useCallback((lang: Language) => update({ lang }), [update]);
  // Stable handlers, so that the parts a slider step does not change (memoised) are left alone by it.
  const chooseReading = useCallback((time: TimeReading) => update({ time }), [update]);
  const chooseTiles = useCallback((tiles: boolean) => update({ tiles }), [update]);
  const moveTo = useCallback((i: number, mode: 'push' | 'replace') => update({ date: line.moments[i] ?? null }, mode), [line, update]);

  const panel = useRef<HTMLDivElement>(null);
  useFocusChosenPlace(state.place, panel);
  // The dialog opens with the box in view then (refs are read in the handler, never while rendering).
  const [sharing, setSharing] = useState<{ bounds: [number, number, number, number] | null } | null>(null);
  const shareButton = useRef<HTMLButtonElement>(null);
  // What the reader sees, for embeds: a box fits any iframe's width, where a centre and zoom would crop it.
  const visibleBounds = useRef<[number, number, number, number] | null>(null);
  const sheetCover = useSheetCover(selected !== null);

  return (
    <I18nProvider lang={ui.lang}>
      <ClaimExtrasProvider value={extras}>
        <div className="explorer">
          <div className="map-area">
            <DatasetMap
              places={places}
              model={model}
              state={state}
              onSelect={select}
              onViewportChange={(view, visible) => {
                visibleBounds.current = visible;
                update({ view }, 'replace');
              }}
              coveredBottom={sheetCover}
            />
            <Legend />
          </div>
          <aside className="side" aria-label={t.explorer.sideLabel}>
            <div className="toolbar">
              <LanguagePicker onChange={chooseLanguage} />
              <button type="button" ref={shareButton} aria-haspopup="dialog" onClick={() => setSharing({ bounds: visibleBounds.current })}>
                {t.explorer.share}
              </button>
            </div>
            <ShareDialog
              open={sharing !== null}
              onClose={() => {
                setSharing(null);
                shareButton.current?.focus();
              }}
              state={state}
              visibleBounds={sharing?.bounds ?? null}
              moment={moment}
              dataset={dataset}
            />
            <TimeSlider
              announcement={selected ? describeStatus(t, ui.nameOf(selected.place), selected.status) : null}
              timeline={line}
              index={sliderIndex}
              moment={moment}
              onIndexChange={moveTo}
              reading={state.time}
              onReadingChange={chooseReading}
            />
            <TilesToggle checked={state.tiles} onChange={chooseTiles} />
            <div ref={panel} className={selected ? 'panel-slot panel-slot--open' : 'panel-slot'}>
              <SelectedPlacePanel model={model} onClose={() => update({ place: null })} />
            </div>
            <PlaceSearch places={places} statuses={statuses} selected={state.place} onSelect={select} />
            <PlacesTable places={places} statuses={statuses} moment={moment} onSelect={select} />
            <details className="sources-details" onToggle={(event) => setSourcesOpen(event.currentTarget.open)}>
              <summary>{t.explorer.sourcesSummary(dataset.sources.sources.length)}</summary>
              {/* Rendered only while open: folded, its thousands of elements still made every history write slower. */}
              {sourcesOpen && <SourcesView dataset={dataset} />}
            </details>
          </aside>
        </div>
      </ClaimExtrasProvider>
    </I18nProvider>
  );
}
