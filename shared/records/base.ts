import { z } from 'zod';

/**
 * Every stored record carries a stable id, timestamps and a revision number.
 * A later merge compares two copies of a workshop record by record on (id, rev, updatedAt),
 * so these fields exist from schema version 1 on and are never reused or reset.
 */
export const idSchema = z
  .string()
  .min(1, 'an id is empty')
  .max(64, 'an id is longer than 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'an id holds characters other than letters, digits, - and _');

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const recordBaseSchema = z.object({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  rev: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export type RecordBase = z.infer<typeof recordBaseSchema>;

/** Plain text typed in a workshop: bounded so a hostile file cannot blow up the UI or the deck. */
export function text(max: number) {
  return z.string().max(max, `a text is longer than ${max} characters`);
}
