import { z } from 'zod';
import { CERTAINTIES, CLAIM_KINDS, EXTENTS, HOLDERS, PARTIES } from '../../model/vocabulary';
import { idSchema, localTimeSchema, textSchema } from './common';

const checkSchema = z.union([
  z.strictObject({
    distanceKm: z.strictObject({ from: idSchema, to: idSchema, stated: z.number().positive() }),
  }),
  z.strictObject({
    frontLengthKm: z.strictObject({
      along: z.tuple([idSchema, idSchema]),
      statedAtLeast: z.number().positive(),
    }),
  }),
]);

export const claimSchema = z
  .strictObject({
    id: idSchema,
    quote: textSchema(1500),
    translation: textSchema(2000).optional(),
    places: z.array(idSchema).min(1, 'must name at least one place'),
    kind: z.enum(CLAIM_KINDS),
    actor: z.enum(PARTIES),
    holder: z.enum(HOLDERS).optional(),
    extent: z.enum(EXTENTS).optional(),
    attribution: z.strictObject({
      text: textSchema(300),
      origin: idSchema,
      via: z.array(idSchema).default([]),
    }),
    when: z.strictObject({ start: localTimeSchema, end: localTimeSchema, basis: textSchema(1000) }),
    certainty: z.enum(CERTAINTIES),
    contradicts: z.array(idSchema).default([]),
    note: textSchema(2000).optional(),
    check: checkSchema.optional(),
  })
  .superRefine((claim, ctx) => {
    // Only control claims put territory on the map; a holder elsewhere would colour a place by accident.
    if (claim.kind === 'control') {
      if (!claim.holder) ctx.addIssue({ code: 'custom', path: ['holder'], message: 'is required on a control claim' });
      if (!claim.extent) ctx.addIssue({ code: 'custom', path: ['extent'], message: 'is required on a control claim' });
    } else {
      if (claim.holder) ctx.addIssue({ code: 'custom', path: ['holder'], message: 'is only allowed on a control claim' });
      if (claim.extent) ctx.addIssue({ code: 'custom', path: ['extent'], message: 'is only allowed on a control claim' });
    }
  });

/** geo/claims/<source id>.yaml */
export const claimFileSchema = z.strictObject({
  source: z.string().max(40, 'must be at most 40 characters').regex(/^[a-z0-9]+$/, 'must be a source id (quote it in YAML: "002")'),
  claims: z.array(claimSchema).min(1, 'must hold at least one claim'),
});
export type ClaimYaml = z.infer<typeof claimSchema>;
export type ClaimFileYaml = z.infer<typeof claimFileSchema>;
