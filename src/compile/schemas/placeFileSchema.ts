import { z } from 'zod';
import { PLACE_KINDS } from '../../model/vocabulary';
import { idSchema, textSchema } from './common';

const position = z.array(z.number()).min(2).max(3);

const geometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: position }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position) }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position)) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
]);

/** geo/places/<id>.geojson: one Feature. Its structure is checked by check-geojson first; this is the rest. */
export const placeFileSchema = z.strictObject({
  type: z.literal('Feature'),
  id: idSchema,
  properties: z.strictObject({
    id: idSchema,
    names: z.strictObject({ en: textSchema(200), nb: textSchema(200), id: textSchema(200), ar: textSchema(200) }),
    kind: z.enum(PLACE_KINDS),
    parent: idSchema.nullable(),
    geometrySource: z.strictObject({
      approximate: z.boolean(),
      method: textSchema(2000),
      dataset: textSchema(300).nullable(),
      licence: textSchema(100).nullable(),
      credit: textSchema(500).nullable(),
    }),
  }),
  geometry: geometrySchema,
});
export type PlaceFileJson = z.infer<typeof placeFileSchema>;
