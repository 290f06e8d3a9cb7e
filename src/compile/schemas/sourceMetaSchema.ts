import { z } from 'zod';
import { LANGUAGES } from '../../model/vocabulary';
import { textSchema } from './common';

/** geo/sources/<stem>.yaml: what is known of an article, and how. */
export const sourceMetaSchema = z.strictObject({
  // Bounded, like every id and name: later checks quote them back to the editor.
  id: z.string().max(40, 'must be at most 40 characters').regex(/^[a-z0-9]+$/, 'must be lower-case letters and digits (quote it in YAML: "002")'),
  file: z.string().max(200, 'must be at most 200 characters').regex(/^[\w.-]+\.txt$/, 'must be the file name of the article, ending in .txt'),
  language: z.enum(LANGUAGES),
  headline: textSchema(300).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD (Syria time)'),
  publishedBasis: textSchema(2000),
  // Only where the text names it; null says "looked, not named", which is different from forgetting.
  publisher: textSchema(200).nullable(),
});
export type SourceMetaYaml = z.infer<typeof sourceMetaSchema>;
