import { z } from 'zod';
import { idSchema, textSchema } from './common';

/** geo/origins.yaml */
export const originsSchema = z.strictObject({
  origins: z
    .array(z.strictObject({ id: idSchema, name: textSchema(300), kind: idSchema }))
    .min(1, 'must list at least one origin'),
  vias: z.array(z.strictObject({ id: idSchema, name: textSchema(300) })),
});
export type OriginsYaml = z.infer<typeof originsSchema>;
