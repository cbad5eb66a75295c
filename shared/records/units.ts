/**
 * The units a record is merged and patched by, read off its zod schema so that no kind needs code
 * of its own. A unit is the smallest part of a record that changes as one:
 * - a plain nested object (scores, settings, weights) is a branch: each of its keys is its own
 *   unit, so one laptop's change to "Risk mitigation" and another's to "Learning value" both hold;
 * - anything else is one unit: a text, a number, a list, and also an object that can be null as a
 *   whole (a placement) or whose parts are checked together (a balance band, min <= max): merging
 *   those part by part could give a value neither side wrote, or an invalid one.
 * Identity and timestamps (id, workshopId, createdAt, updatedAt) are not units: no edit sets them.
 */
import type { z } from 'zod';
import type { AnyRecord, KindName } from './kinds.ts';
import { RECORD_KINDS } from './kinds.ts';

export interface Unit {
  /** `valueScores.financialImpact`: the path joined with dots; also its key in a version. */
  key: string;
  path: readonly string[];
  /** A list of ids merged as a set (kinds.ts `sets`). */
  isSet: boolean;
  /** A position in a list (kinds.ts `orders`): concurrent changes settle without a conflict. */
  isOrder: boolean;
}

export const NOT_UNITS: ReadonlySet<string> = new Set([
  'id',
  'workshopId',
  'createdAt',
  'updatedAt',
]);

interface SchemaInternals {
  _zod: { def: { type: string; checks?: readonly unknown[] } };
  shape?: Record<string, unknown>;
}

/** Whether a schema is a plain object whose keys are validated one by one. */
function isBranch(schema: unknown): schema is SchemaInternals & { shape: Record<string, unknown> } {
  const internals = schema as SchemaInternals;
  const def = internals._zod.def;
  return def.type === 'object' && (def.checks?.length ?? 0) === 0 && internals.shape !== undefined;
}

const cache = new Map<KindName, readonly Unit[]>();

/** The units of a kind, in schema order. */
export function unitsOf(kind: KindName): readonly Unit[] {
  const known = cache.get(kind);
  if (known) return known;
  const spec = RECORD_KINDS[kind];
  const units: Unit[] = [];
  const walk = (schema: unknown, path: string[]): void => {
    if (path.length > 0 && !isBranch(schema)) {
      const key = path.join('.');
      units.push({
        key,
        path,
        isSet: spec.sets.includes(key),
        isOrder: spec.orders.includes(key),
      });
      return;
    }
    const shape = (schema as { shape: Record<string, unknown> }).shape;
    for (const [name, child] of Object.entries(shape)) {
      if (path.length === 0 && NOT_UNITS.has(name)) continue;
      walk(child, [...path, name]);
    }
  };
  walk(spec.schema as z.ZodType, []);
  cache.set(kind, units);
  return units;
}

/** The unit of a kind with this key, if there is one. */
export function unitByKey(kind: KindName, key: string): Unit | undefined {
  return unitsOf(kind).find((u) => u.key === key);
}

/** The key of one element of a set unit in a version: `dependencies/<id>`. */
export function elementKey(unit: Unit, id: string): string {
  return `${unit.key}/${id}`;
}

/** The value of a unit in a record. */
export function readUnit(record: AnyRecord, unit: Unit): unknown {
  let value: unknown = record;
  for (const step of unit.path) value = (value as Record<string, unknown> | undefined)?.[step];
  return value;
}

/** A copy of `record` with one unit set (objects along the path copied, the rest shared). */
export function writeUnit<T extends AnyRecord>(record: T, unit: Unit, value: unknown): T {
  const set = (node: unknown, depth: number): unknown => {
    const step = unit.path[depth] as string;
    const object = node as Record<string, unknown>;
    return {
      ...object,
      [step]: depth === unit.path.length - 1 ? value : set(object[step], depth + 1),
    };
  };
  return set(record, 0) as T;
}

/** Equality of plain JSON data, by structure. Set units compare as sets. */
export function sameUnitValue(unit: Unit, a: unknown, b: unknown): boolean {
  if (unit.isSet && Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const mine = new Set(a);
    return b.every((x) => mine.has(x));
  }
  return sameData(a, b);
}

/** Deep equality of JSON data (null, booleans, numbers, strings, arrays, plain objects). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i]));
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) =>
    sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** A set unit's value as stored: each id once, in code-unit order, so equal sets are equal bytes. */
export function canonicalSet(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A record with every set unit canonical (see canonicalSet). Unchanged records are returned as is. */
export function withCanonicalSets<T extends AnyRecord>(kind: KindName, record: T): T {
  let out = record;
  for (const unit of unitsOf(kind)) {
    if (!unit.isSet) continue;
    const value = readUnit(out, unit);
    if (!Array.isArray(value)) continue;
    const canonical = canonicalSet(value as string[]);
    if (!sameData(canonical, value)) out = writeUnit(out, unit, canonical);
  }
  return out;
}
