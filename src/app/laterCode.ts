import { askOnce } from '../load/askOnce';

/**
 * The full map's code that only a reader's asking needs, each part fetched the first time it is shown (its
 * own chunk in the build) and kept: the share dialog's contents with the downloads' CSV and JSON writers, and
 * the sources. A failed fetch is forgotten, so the part's "try again" fetches it afresh.
 *
 * Not the place panel: the embed shows it too, and split off it saved the embed nothing (its 2.5 kB gzipped
 * came back as the loading machinery and one more file), while a reader's first click waited for it.
 */
export const laterCode = {
  shareContents: askOnce(() => import('./ShareContents').then((module) => module.ShareContents)),
  sourcesView: askOnce(() => import('./SourcesView').then((module) => module.SourcesView)),
};
