import { z } from 'zod';
import { localTimeSchema, textSchema } from './common';

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

/** geo/dataset.yaml */
export const datasetSchema = z.strictObject({
  title: textSchema(300),
  span: z.strictObject({ start: localTimeSchema, end: localTimeSchema }),
  region: z.strictObject({
    bbox: z.tuple([longitude, latitude, longitude, latitude]).refine(([w, s, e, n]) => w < e && s < n, {
      message: 'must be [west, south, east, north] with west < east and south < north',
    }),
  }),
});
export type DatasetYaml = z.infer<typeof datasetSchema>;
