import { utcMoment } from './utcMoment';

export type DownloadKind = 'claims-csv' | 'claims-json' | 'places';

/**
 * The file name to save a download under: `claimmap-claims.csv`, `claimmap-claims.json`, and for the places
 * the moment they show, in UTC (the `Z` says so): `claimmap-places-2024-11-30T14-00Z.geojson`, with seconds
 * only when the moment has them (`…T20-59-59Z`). Colons become hyphens, since Windows and macOS Finder
 * refuse or mangle `:` in file names. The claims do not depend on the moment, so theirs ignores it.
 */
export function downloadName(kind: DownloadKind, moment?: string): string {
  switch (kind) {
    case 'claims-csv':
      return 'claimmap-claims.csv';
    case 'claims-json':
      return 'claimmap-claims.json';
    case 'places': {
      if (moment === undefined) throw new Error('downloadName: the places download needs the moment it shows');
      const iso = utcMoment(moment, 'downloadName');
      const seconds = iso.slice(17, 19);
      const stamp = `${iso.slice(0, 16)}${seconds === '00' ? '' : `:${seconds}`}Z`.replaceAll(':', '-');
      return `claimmap-places-${stamp}.geojson`;
    }
  }
}
