import { z } from 'zod';

/** Lower-case words joined by hyphens: stable ids that survive in URLs (`?place=aleppo-city`). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens')
  .max(80, 'must be at most 80 characters');

/** Free text written by editors. Bounded so a runaway paste fails here, not in a reader's browser. */
export const textSchema = (max = 2000) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A date or date-time as written in geo/ (Syria time unless it carries an offset); checked again later. */
export const localTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/,
    'must be an ISO 8601 date (2024-11-30) or date-time (2024-11-30T17:00)',
  );
