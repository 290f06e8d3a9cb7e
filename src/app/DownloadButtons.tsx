import type { LoadedDataset } from '../data/loadDataset';
import { claimsToCsv, claimsToJson, downloadName, placesToGeoJson } from '../export';
import type { TimeReading } from '../model/vocabulary';
import { describeMoment } from '../time/describeMoment';
import { saveFile } from './saveFile';

interface Props {
  dataset: LoadedDataset;
  moment: string;
  reading: TimeReading;
}

/** The data behind the map, made in the page when asked for: every claim, and the places as they stand now. */
export function DownloadButtons({ dataset, moment, reading }: Props) {
  const count = dataset.claims.claims.length;
  return (
    <ul className="downloads">
      <li>
        <button type="button" onClick={() => saveFile(downloadName('claims-csv'), claimsToCsv(dataset), 'text/csv;charset=utf-8')}>
          Claims as CSV
        </button>{' '}
        <span className="muted">all {count}, for spreadsheets</span>
      </li>
      <li>
        <button type="button" onClick={() => saveFile(downloadName('claims-json'), claimsToJson(dataset), 'application/json')}>
          Claims as JSON
        </button>{' '}
        <span className="muted">with the articles, origins and outlets</span>
      </li>
      <li>
        <button
          type="button"
          onClick={() => saveFile(downloadName('places', moment), placesToGeoJson(dataset, moment, reading), 'application/geo+json')}
        >
          Places as GeoJSON
        </button>{' '}
        <span className="muted">
          status at {describeMoment(moment)}, {reading === 'event' ? 'by event time' : 'by publication time'}, with sources
        </span>
      </li>
    </ul>
  );
}
