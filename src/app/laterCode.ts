import { askOnce } from '../load/askOnce';

/**
 * The full map's code that only a reader's asking needs, each part fetched the first time it is shown (its
 * own chunk in the build) and kept: the share dialog's contents with the downloads' CSV and JSON writers, and
 * the sources. A failed fetch is forgotten, so the part's "try again" fetches it afresh.
 *
 * Not the place panel: it is what a click on the map is for. Split off (tried), it took about 2 kB gzipped
 * off the embed's first load, once the loading code it then needs was counted, and every reader's first
 * click waited for one more fetch.
 */
export const laterCode = {
  shareContents: askOnce(() => import('./ShareContents').then((module) => module.ShareContents)),
  sourcesView: askOnce(() => import('./SourcesView').then((module) => module.SourcesView)),
};
