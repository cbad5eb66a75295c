import { z } from 'zod';
import { isRank } from '../domain/rank.ts';

/**
 * Every stored record carries a stable id and timestamps. The id is what a merge matches records
 * by, between laptops, so it is never reused or reset. The timestamps are for people (the library's
 * order, "last changed"); no merge decision ever reads them, because two laptops' clocks disagree.
 * What a merge does read is the record's version (./version.ts), kept beside the record.
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
});

export type RecordBase = z.infer<typeof recordBaseSchema>;

/** Plain text typed in a workshop: bounded so a hostile file cannot blow up the UI or the deck. */
export function text(max: number) {
  return z.string().max(max, `a text is longer than ${max} characters`);
}

/**
 * A position in an ordered list that two laptops can change independently: a fractional index
 * (base-62 digits, compared as plain strings), so moving one item rewrites that item only and a
 * merge never has to renumber anything. See shared/domain/rank.ts.
 */
export const rankSchema = z
  .string()
  .min(2, 'a position in a list is empty')
  .max(200, 'a position in a list is longer than 200 characters')
  .regex(
    /^[a-zA-Z][0-9A-Za-z]*$/,
    'a position in a list holds characters other than letters and digits',
  )
  .refine(isRank, 'a position in a list is not one Scalepath writes');
