import type { GeoError } from './GeoError';
import { claimEntries } from './claimEntries';
import { excerpt } from './excerpt';
import type { LoadedGeo } from './loadGeo';
import type { Language } from '../model/vocabulary';

/**
 * The project's translations in geo/translations/ each belong to a claim and add a language the reader
 * could not otherwise read it in: each file is named after its language, every key is a claim id, no
 * translation is into the article's own language (the quote is already the original), and no claim gets
 * two into one language (a reader would be shown one of them, and not know there was a choice).
 */
export function checkTranslations(geo: LoadedGeo): GeoError[] {
  const errors: GeoError[] = [];
  const articleLanguages = new Map(geo.sources.map((source) => [source.value.id, source.value.language]));
  const claimLanguages = new Map<string, Language | undefined>();
  /** `<claim id> <language>` → the file that translates it there first. */
  const translated = new Map<string, string>();
  for (const { claim, file } of claimEntries(geo.claimFiles)) {
    claimLanguages.set(claim.id, articleLanguages.get(file.value.source));
    // The English translation written beside the quote counts too, should English ever be allowed here.
    if (claim.translation) translated.set(`${claim.id} en`, file.file);
  }

  // A file named after its language holds that language's translations; a misnamed one is the stray copy,
  // so it is read last and the duplicates are blamed on it.
  const isNamed = ({ file, value }: (typeof geo.translationFiles)[number]) => file === `geo/translations/${value.language}.yaml`;
  const files = [...geo.translationFiles].sort((a, b) => Number(isNamed(b)) - Number(isNamed(a)));
  for (const translationFile of files) {
    const { doc, file, value } = translationFile;
    if (!isNamed(translationFile)) {
      errors.push(doc.errorAt(['language'], `"${value.language}" must be the file's name: geo/translations/${value.language}.yaml`));
    }
    for (const claimId of Object.keys(value.translations)) {
      const at = ['translations', claimId];
      const shown = excerpt(claimId);
      if (!claimLanguages.has(claimId)) {
        errors.push(doc.errorAt(at, `"${shown}" is not a claim in geo/claims/`));
        continue;
      }
      const own = claimLanguages.get(claimId);
      if (own === value.language) {
        errors.push(doc.errorAt(at, `is not wanted: "${shown}" is quoted from an article in "${own}"`));
        continue;
      }
      const key = `${claimId} ${value.language}`;
      const first = translated.get(key);
      if (first) errors.push(doc.errorAt(at, `"${shown}" already has a translation into "${value.language}", in ${first}`));
      else translated.set(key, file);
    }
  }
  return errors;
}
