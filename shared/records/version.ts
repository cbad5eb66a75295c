import { z } from 'zod';
import { idSchema, text } from './base.ts';
import { CHILD_KINDS } from './kinds.ts';

/**
 * What a record has been through, kept beside it so that two laptops' copies can be merged field by
 * field without trusting a wall clock (docs/ARCHITECTURE.md, "Versions").
 *
 * Every install is a *replica* with a random id and its own counter, which goes up by one at every
 * write. A *dot* `[replica, counter]` names one write. A record's version holds:
 * - `created`: the write that created it; every field not listed in `fields` still holds what that
 *   write gave it;
 * - `fields`: per field (a "unit", see units.ts) changed since, the write that last set it; a set
 *   element has its own entry, `dependencies/<id>`, kept after a removal so that the removal travels;
 * - `seen`: per replica, the highest counter of its writes that this copy includes (a version
 *   vector). A copy has seen a dot when `seen[replica] >= counter`.
 *
 * A field changed on one side only is one whose dot the other side has seen; a field changed on
 * both is one where neither has seen the other's dot.
 */

/**
 * Far above what a laptop writes in a lifetime (a million edits a day for three thousand years),
 * and far below where adding one stops working: a file claiming more is refused.
 */
export const MAX_COUNTER = 2 ** 40;
const counterSchema = z.number().int().min(0).max(MAX_COUNTER);

export type Dot = readonly [replica: string, counter: number];
export const dotSchema = z.tuple([idSchema, counterSchema]).readonly();

/** Per replica, the highest counter seen. */
export type Seen = Readonly<Record<string, number>>;
export const MAX_REPLICAS_SEEN = 1_000;
export const seenSchema = z
  .record(idSchema, counterSchema)
  .refine((s) => Object.keys(s).length <= MAX_REPLICAS_SEEN, 'a record has seen too many laptops');

/** A unit path (`valueScores.financialImpact`) or a set element (`dependencies/<id>`). */
export const fieldKeySchema = z
  .string()
  .max(200)
  .regex(
    /^[A-Za-z0-9_.]+(\/[A-Za-z0-9_-]+)?$/,
    'a field name in a version is not one Scalepath writes',
  );
export const MAX_FIELD_DOTS = 5_000;

export interface Version {
  created: Dot;
  seen: Seen;
  fields: Readonly<Record<string, Dot>>;
}

export const versionSchema = z.object({
  created: dotSchema,
  seen: seenSchema,
  fields: z
    .record(fieldKeySchema, dotSchema)
    .refine((f) => Object.keys(f).length <= MAX_FIELD_DOTS, 'a record lists too many edits'),
});

/**
 * What a deleted record leaves behind: enough to stop it coming back with the next file (a copy
 * that has not seen the deletion is either stale, or edited since, which is a conflict), and its
 * title to name it in a merge. Never shown on any screen.
 */
export const tombstoneSchema = z.object({
  id: idSchema,
  /** Any kind inside a workshop; a workshop itself is removed from the library whole. */
  kind: z.enum(CHILD_KINDS),
  workshopId: idSchema,
  title: text(300),
  /** What the deleted copy had seen, plus the deletion itself. */
  seen: seenSchema,
  /** The write that deleted it. */
  deleted: dotSchema,
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

/** Whether a copy whose version vector is `seen` includes the write `dot`. */
export function hasSeen(seen: Seen, dot: Dot): boolean {
  return (seen[dot[0]] ?? -1) >= dot[1];
}

/** Whether `a` has seen everything `b` has. */
export function coversAll(a: Seen, b: Seen): boolean {
  for (const replica in b) if ((a[replica] ?? -1) < (b[replica] ?? 0)) return false;
  return true;
}

/** Everything either has seen, keys in order (so equal vectors serialise to equal bytes). */
export function unionSeen(a: Seen, b: Seen): Seen {
  const out: Record<string, number> = {};
  for (const replica of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    out[replica] = Math.max(a[replica] ?? 0, b[replica] ?? 0);
  }
  return out;
}

/** `seen` with one more write in it. */
export function withDot(seen: Seen, dot: Dot): Seen {
  return unionSeen(seen, { [dot[0]]: dot[1] });
}

/** A total order on writes, the same on every laptop: counter first, then replica id. */
export function compareDots(a: Dot, b: Dot): number {
  return a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

export function sameDot(a: Dot, b: Dot): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The write that last set a unit (or set element) of a record. */
export function dotOf(version: Version, key: string): Dot {
  return version.fields[key] ?? version.created;
}

/** The version of a record just created by `dot`. */
export function createdVersion(dot: Dot): Version {
  return { created: dot, seen: { [dot[0]]: dot[1] }, fields: {} };
}

/** A version with its maps in key order, so that equal versions serialise to equal bytes. */
export function canonicalVersion(version: Version): Version {
  const fields: Record<string, Dot> = {};
  for (const key of Object.keys(version.fields).sort()) {
    const dot = version.fields[key];
    if (dot !== undefined && !sameDot(dot, version.created)) fields[key] = dot;
  }
  return { created: version.created, seen: unionSeen(version.seen, {}), fields };
}

/** Whether two versions say the same thing (both canonical or not). */
export function sameVersion(a: Version, b: Version): boolean {
  if (!sameDot(a.created, b.created)) return false;
  const seenKeys = Object.keys(a.seen);
  if (seenKeys.length !== Object.keys(b.seen).length) return false;
  for (const k of seenKeys) if (a.seen[k] !== b.seen[k]) return false;
  const fieldKeys = Object.keys(a.fields);
  if (fieldKeys.length !== Object.keys(b.fields).length) return false;
  for (const k of fieldKeys) {
    const other = b.fields[k];
    const mine = a.fields[k];
    if (other === undefined || mine === undefined || !sameDot(mine, other)) return false;
  }
  return true;
}

/**
 * Whether a version is sound: it has seen its own creation and every write it lists. A file whose
 * versions are not is damaged, and a merge could not reason about it.
 */
export function isConsistentVersion(version: Version): boolean {
  if (!hasSeen(version.seen, version.created)) return false;
  for (const key in version.fields) {
    const dot = version.fields[key];
    if (dot !== undefined && !hasSeen(version.seen, dot)) return false;
  }
  return true;
}

/**
 * The replica id given to history that predates versions (a schema-1 file or database): one per
 * record content, `v1-<hash>`, so that two laptops that upgraded the same record agree on it and
 * a record that differs gets a different one (its differing fields are then conflicts, marked
 * "history unknown"). Random replica ids never start with `v1-`.
 */
export const LEGACY_REPLICA_PREFIX = 'v1-';

export function isLegacyDot(dot: Dot): boolean {
  return dot[0].startsWith(LEGACY_REPLICA_PREFIX);
}
