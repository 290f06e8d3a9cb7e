import type { LoadedDataset } from '../data/loadDataset';
import { claimsToCsv, claimsToJson, downloadName, placesToGeoJson } from '../export';
import type { TimeReading } from '../model/vocabulary';
import { describeMoment } from '../time/describeMoment';
import { useI18n } from './I18n';
import { saveFile } from './saveFile';

interface Props {
  dataset: LoadedDataset;
  moment: string;
  reading: TimeReading;
}

/** The data behind the map, made in the page when asked for: every claim, and the places as they stand now. */
export function DownloadButtons({ dataset, moment, reading }: Props) {
  const { t, locale } = useI18n();
  const count = dataset.claims.claims.length;
  return (
    <ul className="downloads">
      <li>
        <button type="button" onClick={() => saveFile(downloadName('claims-csv'), claimsToCsv(dataset), 'text/csv;charset=utf-8')}>
          {t.downloads.claimsCsv}
        </button>{' '}
        <span className="muted">{t.downloads.claimsCsvNote(count)}</span>
      </li>
      <li>
        <button type="button" onClick={() => saveFile(downloadName('claims-json'), claimsToJson(dataset), 'application/json')}>
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
  );
}
