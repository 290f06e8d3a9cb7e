import { useCallback, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/loadDataset';
import { SelectedPlacePanel } from '../app/SelectedPlacePanel';
import { MomentSlider } from '../app/MomentSlider';
import { DatasetMap } from '../app/DatasetMap';
import { useExplorerModel, type ExplorerModel } from '../app/useExplorerModel';
import { useMoment } from '../app/useMoment';
import { ClaimExtrasProvider } from '../app/ClaimExtras';
import { browserLanguages, I18nProvider, useI18n, useInterfaceLanguage } from '../app/I18n';
import { useClaimDetails } from '../app/useClaimDetails';
import { useQuoteTranslations } from '../app/useQuoteTranslations';
import { useFocusChosenPlace } from '../app/useFocusChosenPlace';
import { useSettledState, useUrlStore } from '../app/useUrlStore';
import { pickLanguage } from '../i18n';
import type { UrlStore } from '../state/urlStore';
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
  const outer = useI18n();
  const store = useUrlStore(known, { history: 'replace' });
  const state = useSettledState(store);
  const { update } = store;
  // The link's language, which the page around has already fetched.
  const ui = useInterfaceLanguage(pickLanguage(state.lang, browserLanguages())).language ?? outer;
  const { t } = ui;
  const model = useExplorerModel(dataset, state.time, state.bounds);
  const select = useCallback((placeId: string) => update({ place: placeId }), [update]);
  // The claims' notes load once a place is chosen; the translations once the language needs them.
  const details = useClaimDetails(state.place !== null);
  const translations = useQuoteTranslations(ui.lang);
  const extras = useMemo(() => ({ details, translations }), [details, translations]);

  // The reader's pans stay in the frame (a host page's iframe src is fixed anyway); the link to the full map
  // takes the box in view, which fits any screen, where this frame's zoom would not.
  const [visible, setVisible] = useState<[number, number, number, number] | null>(null);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  usePostHeight(root);
  const panel = useRef<HTMLDivElement>(null);
  useFocusChosenPlace(state.place, panel);

  return (
    <I18nProvider language={ui}>
      <ClaimExtrasProvider value={extras}>
        <div className="embed" ref={setRoot}>
          <div className="embed-map">
            <DatasetMap places={places} model={model} store={store} state={state} onSelect={select} onViewportChange={(_view, box) => setVisible(box)} />
          </div>
          <EmbedLegend />
          {state.slider ? <MomentSlider store={store} model={model} showReading={false} /> : <StillMoment store={store} model={model} />}
          <div ref={panel}>
            {state.place !== null ? (
              <SelectedPlacePanel store={store} model={model} compact onClose={() => update({ place: null }, 'replace')} />
            ) : (
              <p className="muted embed-hint">{t.embed.hint}</p>
            )}
          </div>
          <EmbedCredit dataset={dataset} store={store} visible={visible} />
        </div>
      </ClaimExtrasProvider>
    </I18nProvider>
  );
}

/** The moment in words, for an embed without a slider. */
function StillMoment({ store, model }: { store: UrlStore; model: ExplorerModel }) {
  const { t, locale } = useI18n();
  const { moment, reading } = useMoment(store, model);
  return (
    <p className="moment">
      <span className="muted">{t.time.shownBy[reading]}</span> <strong>{describeMoment(moment, locale)}</strong>
    </p>
  );
}
