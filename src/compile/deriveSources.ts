import type { LoadedGeo } from './loadGeo';
import { parseSyriaTime } from '../time/parseSyriaTime';
import { SOURCES_FORMAT, type SourcesFile } from '../model/types';

/** The articles, with their full text so a quote can be read in context, and who speaks in them. */
export function deriveSources(geo: LoadedGeo): SourcesFile {
  const sources = geo.sources
    .map(({ value, text }) => ({
      id: value.id,
      file: value.file,
      language: value.language,
      headline: value.headline ?? null,
      publishedAt: parseSyriaTime(value.published, 'end') as string,
      publishedDate: value.published,
      publishedAtBasis: value.publishedBasis,
      publisher: value.publisher,
      text,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { format: SOURCES_FORMAT, sources, origins: geo.origins.value.origins, vias: geo.origins.value.vias };
}
