import { useState } from 'react';
import type { CompleteDataset } from '../data/createLaterFiles';
import type { LoadedDataset } from '../data/loadDataset';
import { claimsToCsv, claimsToJson, downloadName, placesToGeoJson } from '../export';
import type { TimeReading } from '../model/vocabulary';
import { describeMoment } from '../time/describeMoment';
import { useI18n } from './I18n';
import { laterFiles } from './laterFiles';
import { saveFile } from './saveFile';
import { messageOf } from '../load/messageOf';

interface Props {
  dataset: LoadedDataset;
  moment: string;
  reading: TimeReading;
}

type Progress = { state: 'idle' } | { state: 'preparing' } | { state: 'failed'; message: string };

/**
 * The data behind the map, made in the page when asked for: every claim, and the places as they stand now.
 * The claims' files need what the map does not load (details, translations, the articles' texts): a click
 * fetches those first (once; the panels may have some already), and says so if they do not come.
 */
export function DownloadButtons({ dataset, moment, reading }: Props) {
  const { t, locale } = useI18n();
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const count = dataset.claims.claims.length;

  const saveComplete = (name: string, make: (complete: CompleteDataset) => string, type: string) => {
    setProgress({ state: 'preparing' });
    laterFiles.complete(dataset).then(
      (complete) => {
        saveFile(name, make(complete), type);
        setProgress({ state: 'idle' });
      },
      (error: unknown) => setProgress({ state: 'failed', message: messageOf(error) }),
    );
  };

  return (
    <>
      <ul className="downloads">
        <li>
          <button type="button" onClick={() => saveComplete(downloadName('claims-csv'), claimsToCsv, 'text/csv;charset=utf-8')}>
            {t.downloads.claimsCsv}
          </button>{' '}
          <span className="muted">{t.downloads.claimsCsvNote(count)}</span>
        </li>
        <li>
          <button type="button" onClick={() => saveComplete(downloadName('claims-json'), claimsToJson, 'application/json')}>
            {t.downloads.claimsJson}
          </button>{' '}
          <span className="muted">{t.downloads.claimsJsonNote}</span>
        </li>
        <li>
          <button
            type="button"
            onClick={() => saveFile(downloadName('places', moment), placesToGeoJson(dataset, moment, reading), 'application/geo+json')}
          >
            {t.downloads.places}
          </button>{' '}
          <span className="muted">{t.downloads.placesNote(describeMoment(moment, locale), t.time.phrase[reading])}</span>
        </li>
      </ul>
      {/* Polite, and not a role="status": the dialog's copy buttons already report through one. */}
      <p className="muted download-progress" aria-live="polite">
        {progress.state === 'preparing' && t.downloads.preparing}
        {progress.state === 'failed' && (
          <>
            {t.downloads.failed} <span lang="en">{progress.message}</span>
          </>
        )}
      </p>
    </>
  );
}
