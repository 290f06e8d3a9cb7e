import { z } from 'zod';
import { textSchema } from './common';
import { QUOTE_TRANSLATION_LANGUAGES } from '../../model/types';

/**
 * Languages a quote is translated into in geo/translations/. English is not among them: the English
 * translation of an nb or id quote is written beside the quote, in the claim's own `translation:`.
 */
export const TRANSLATION_LANGUAGES = QUOTE_TRANSLATION_LANGUAGES;

/** geo/translations/<language>.yaml: the project's translations of quotes into one language, by claim id. */
export const translationFileSchema = z.strictObject({
  language: z.enum(TRANSLATION_LANGUAGES),
  // Only the project translates here; a translation by anyone else would need its own credit and licence.
  by: z.literal('claimmap'),
  // Keys are checked against the claims later, where the message can say which claim ids exist.
  translations: z.record(z.string(), textSchema(2000)),
});
export type TranslationFileYaml = z.infer<typeof translationFileSchema>;
