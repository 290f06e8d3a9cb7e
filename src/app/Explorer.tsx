import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { pickLanguage } from '../i18n';
import type { Language } from '../model/vocabulary';
import { ClaimExtrasProvider } from './ClaimExtras';
import { browserLanguages, I18nProvider, useI18n, useInterfaceLanguage } from './I18n';
import { LanguagePicker } from './LanguagePicker';
import { LaterPart } from './LaterPart';
import { laterCode } from './laterCode';
import { Legend } from './Legend';
import { PlaceSearch } from './PlaceSearch';
import { PlacesTable } from './PlacesTable';
import { SelectedPlacePanel } from './SelectedPlacePanel';
import { ShareDialog } from './ShareDialog';
import { TilesToggle } from './TilesToggle';
import { MomentSlider } from './MomentSlider';
import { DatasetMap } from './DatasetMap';
import { useFocusChosenPlace } from './useFocusChosenPlace';
import { useClaimDetails } from './useClaimDetails';
import { useExplorerModel } from './useExplorerModel';
import { useQuoteTranslations } from './useQuoteTranslations';
import { useSheetCover } from './useSheetCover';
import { useSettledState, useUrlStore } from './useUrlStore';

interface Props {
  dataset: LoadedDataset;
  /** Told the link's language whenever it changes, so the page around the explorer speaks it too. */
  onLanguageChange: (lang: Language | null) => void;
}

/**
 * The map, the slider, the places and their claims, all driven by the state in the URL, language included.
 * This reads every field but the date: the parts that show the moment listen to it themselves, so a slider
 * step re-renders them and leaves the rest of the page alone.
 */
export function Explorer({ dataset, onLanguageChange }: Props) {
  const places = dataset.places.features;
  const { span } = dataset.claims.dataset;
  const known = useMemo(() => ({ placeIds: new Set(places.map((p) => p.id)), span }), [places, span]);
  const store = useUrlStore(known);
  const state = useSettledState(store);
  const { update } = store;
  // A language picked here is fetched first; the page keeps speaking the current one until it is in.
  const outer = useI18n();
  const ui = useInterfaceLanguage(pickLanguage(state.lang, browserLanguages())).language ?? outer;
  const { t } = ui;
  const model = useExplorerModel(dataset, state.time, state.bounds);
  // Only a place the dataset has is ever in the state (the link is checked, the map offers no other).
  const placeOpen = state.place !== null;
  // What only the panels show loads when one first opens: a place, or the sources below.
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const details = useClaimDetails(placeOpen || sourcesOpen);
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
  const chooseTiles = useCallback((tiles: boolean) => update({ tiles }), [update]);

  const panel = useRef<HTMLDivElement>(null);
  useFocusChosenPlace(state.place, panel);
  // The dialog opens with the box in view then (refs are read in the handler, never while rendering).
  const [sharing, setSharing] = useState<{ bounds: [number, number, number, number] | null } | null>(null);
  const shareButton = useRef<HTMLButtonElement>(null);
  // What the reader sees, for embeds: a box fits any iframe's width, where a centre and zoom would crop it.
  const visibleBounds = useRef<[number, number, number, number] | null>(null);
  const sheetCover = useSheetCover(placeOpen);

  return (
    <I18nProvider language={ui}>
      <ClaimExtrasProvider value={extras}>
        <div className="explorer">
          <div className="map-area">
            <DatasetMap
              places={places}
              model={model}
              store={store}
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
              store={store}
              visibleBounds={sharing?.bounds ?? null}
              dataset={dataset}
            />
            <MomentSlider store={store} model={model} />
            <TilesToggle checked={state.tiles} onChange={chooseTiles} />
            <div ref={panel} className={placeOpen ? 'panel-slot panel-slot--open' : 'panel-slot'}>
              <SelectedPlacePanel store={store} model={model} onClose={() => update({ place: null })} />
            </div>
            <PlaceSearch places={places} store={store} model={model} selected={state.place} onSelect={select} />
            <PlacesTable places={places} store={store} model={model} onSelect={select} />
            <details className="sources-details" onToggle={(event) => setSourcesOpen(event.currentTarget.open)}>
              <summary>{t.explorer.sourcesSummary(dataset.sources.sources.length)}</summary>
              {/* Rendered only while open: folded, its thousands of elements still made every history write slower. */}
              {sourcesOpen && (
                <LaterPart load={laterCode.sourcesView} part={t.later.sources}>
                  {(SourcesView) => <SourcesView dataset={dataset} />}
                </LaterPart>
              )}
            </details>
          </aside>
        </div>
      </ClaimExtrasProvider>
    </I18nProvider>
  );
}
