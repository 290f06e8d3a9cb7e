import type { LoadedGeo } from './loadGeo';
import { sourceTitle } from './sourceTitle';
import { cachedSyriaTime } from './cachedSyriaTime';
import { SOURCE_TEXTS_FORMAT, SOURCES_FORMAT, type SourcesFile, type SourceTextsFile } from '../model/types';
import { compareCodes } from '../model/compareCodes';

/** The articles, each with a title to list it by, and who speaks in them; their full texts are apart. */
export function deriveSources(geo: LoadedGeo): SourcesFile {
  const sources = geo.sources
    .map(({ value, text }) => ({
      id: value.id,
      file: value.file,
      language: value.language,
      headline: value.headline ?? null,
      publishedAt: cachedSyriaTime(value.published, 'end') as string,
      publishedDate: value.published,
      publishedAtBasis: value.publishedBasis,
      publisher: value.publisher,
      title: sourceTitle(value.headline ?? null, text),
    }))
    .sort((a, b) => compareCodes(a.id, b.id));
  return { format: SOURCES_FORMAT, sources, origins: geo.origins.value.origins, vias: geo.origins.value.vias };
}

/**
 * The articles' full texts by source id, in id order, so a quote can be read in its context: only the
 * downloads need them, so they are published apart from sources.json.
 */
export function deriveSourceTexts(geo: LoadedGeo): SourceTextsFile {
  const entries = geo.sources.map(({ value, text }): [string, string] => [value.id, text]).sort(([a], [b]) => compareCodes(a, b));
  return { format: SOURCE_TEXTS_FORMAT, texts: Object.fromEntries(entries) };
}
