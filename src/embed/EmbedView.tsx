import { useCallback, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { SelectedPlacePanel } from '../app/SelectedPlacePanel';
import { TimeSlider } from '../app/TimeSlider';
import { DatasetMap } from '../app/DatasetMap';
import { useExplorerModel } from '../app/useExplorerModel';
import { ClaimExtrasProvider } from '../app/ClaimExtras';
import { browserLanguages, I18nProvider } from '../app/I18n';
import { useClaimDetails } from '../app/useClaimDetails';
import { useQuoteTranslations } from '../app/useQuoteTranslations';
import { useFocusChosenPlace } from '../app/useFocusChosenPlace';
import { useUrlState } from '../app/useUrlState';
import { describeStatus, interfaceLanguage, pickLanguage } from '../i18n';
import { fullMapUrl, roundBounds } from '../share/embedSnippets';
import { describeMoment } from '../time/describeMoment';
import { EmbedCredit } from './EmbedCredit';
import { EmbedLegend } from './EmbedLegend';
import { usePostHeight } from './usePostHeight';

/**
 * The map for someone else's article: the map, a one-line legend, the moment (or the slider, when the link
 * asks), a chosen place's claims below the map, and the credit. Everything comes from the link; nothing is
 * written to the host page's history; the language too (no picker: the newsroom chose it with the snippet).
 */
export function EmbedView({ dataset }: { dataset: LoadedDataset }) {
  const places = dataset.places.features;
  const { span } = dataset.claims.dataset;
  const known = useMemo(() => ({ placeIds: new Set(places.map((p) => p.id)), span }), [places, span]);
  const [state, update] = useUrlState(known, { history: 'replace' });
  const ui = interfaceLanguage(pickLanguage(state.lang, browserLanguages()));
  const { t } = ui;
  const model = useExplorerModel(dataset, state, ui);
  const { line, moment, sliderIndex, selected } = model;
  const select = useCallback((placeId: string) => update({ place: placeId }), [update]);
  // The claims' notes load once a place is chosen; the translations once the language needs them.
  const details = useClaimDetails(selected !== null);
  const translations = useQuoteTranslations(ui.lang);
  const extras = useMemo(() => ({ details, translations }), [details, translations]);

  // The reader's pans stay in the frame (a host page's iframe src is fixed anyway); the link to the full map
  // takes the box in view, which fits any screen, where this frame's zoom would not.
  const [visible, setVisible] = useState<[number, number, number, number] | null>(null);
  const fullMapState = { ...state, view: null, bounds: visible ? roundBounds(visible) : state.bounds };
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  usePostHeight(root);
  const panel = useRef<HTMLDivElement>(null);
  useFocusChosenPlace(state.place, panel);

  return (
    <I18nProvider lang={ui.lang}>
      <ClaimExtrasProvider value={extras}>
        <div className="embed" ref={setRoot}>
          <div className="embed-map">
            <DatasetMap places={places} model={model} state={state} onSelect={select} onViewportChange={(_view, box) => setVisible(box)} />
          </div>
          <EmbedLegend />
          {state.slider ? (
            <TimeSlider
              announcement={selected ? describeStatus(t, ui.nameOf(selected.place), selected.status) : null}
              timeline={line}
              index={sliderIndex}
              moment={moment}
              onIndexChange={(i) => update({ date: line.moments[i] ?? null }, 'replace')}
              reading={state.time}
              onReadingChange={(time) => update({ time }, 'replace')}
              showReading={false}
            />
          ) : (
            <p className="moment">
              <span className="muted">{t.time.shownBy[state.time]}</span> <strong>{describeMoment(moment, ui.locale)}</strong>
            </p>
          )}
          <div ref={panel}>
            {selected ? (
              <SelectedPlacePanel model={model} compact onClose={() => update({ place: null }, 'replace')} />
            ) : (
              <p className="muted embed-hint">{t.embed.hint}</p>
            )}
          </div>
          <EmbedCredit dataset={dataset} fullMapHref={fullMapUrl(window.location.href, fullMapState)} />
        </div>
      </ClaimExtrasProvider>
    </I18nProvider>
  );
}
