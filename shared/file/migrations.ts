/**
 * Migrations of the `.scalepath` file format: each turns a raw (parsed, not yet validated) file
 * of version N into the shape of version N + 1. `parseWorkshopFile` applies them in order, from
 * the file's version up to CURRENT_SCHEMA_VERSION, and only then validates with zod.
 *
 * Version 2 added versions and tombstones (docs/ARCHITECTURE.md, "Versions"): see `upgradeRecordV1`,
 * which the database's own upgrade uses too, so a file and a database of version 1 become the same
 * thing. Version 3 added governance, the pilot checklist, capabilities and the people plans
 * (`upgradeRecordV2`, shared with the database's upgrade likewise); version 4 the agenda's
 * countdown and the kinds of running the room (`upgradeRecordV3`); version 5 the sensitivity's top N
 * and scenarios (`upgradeRecordV4`). To change the file's shape:
 *  1. Keep `test/fixtures/files/v{N}.scalepath` as it is: it is a file the old app wrote.
 *  2. Bump CURRENT_SCHEMA_VERSION in format.ts to N + 1 and change the record schemas.
 *  3. Add `N: (file) => ({ ...file, ... })` to FILE_MIGRATIONS below. It receives untrusted data
 *     that has only passed the pre-checks: test the type of every field it reads, and return
 *     something the next step can validate rather than throwing. It need not set schemaVersion.
 *  4. Add `test/fixtures/files/v{N+1}.scalepath` (export one from the new app) and a test of
 *     the migration. test/shared/migrations.test.ts fails until every version has its fixture
 *     and every step from 1 to the current version has a migration.
 * Never edit a migration once it has shipped: files in the wild depend on it.
 */

import { rankOfIndex } from '../domain/rank.ts';
import { emptyGovernance } from '../records/governance.ts';
import type { KindName } from '../records/kinds.ts';
import { emptyChangePlan, emptyLiteracy } from '../records/people.ts';
import { NO_READINESS_GATE } from '../records/phase.ts';
import { emptyPilotChecklist } from '../records/pilot.ts';
import { canonicalSet, unitsOf } from '../records/units.ts';
import type { Dot, Version } from '../records/version.ts';
import { createdVersion, LEGACY_REPLICA_PREFIX } from '../records/version.ts';

/** A file as `JSON.parse` returned it: an object, nothing about its fields known yet. */
export type RawFile = Readonly<Record<string, unknown>>;

/** Turns a raw version-N file into a raw version-(N + 1) file. */
export type FileMigration = (file: RawFile) => Record<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 64-bit FNV-1a of a text, as 16 hex digits (two 32-bit lanes): a content fingerprint, not a secret. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** JSON with object keys in order, so equal data gives equal text whatever order it was built in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A version-1 record (from a file or the database) in the shape of version 2, with the version
 * that stands for its unknown history: one write by the legacy replica `v1-<hash of its content>`.
 * Two laptops that upgraded the same record agree on it, so identical records merge silently;
 * records that differ have different legacy replicas, so their differing fields are conflicts
 * marked "history unknown". The record itself changes only where version 2 differs: no `rev`,
 * `phaseOrder` becomes `phaseRank`, and id lists are sets (each id once, in order).
 * Untrusted input: anything that is not what version 1 wrote is passed on for the validator to
 * refuse.
 */
export function upgradeRecordV1(
  kind: KindName,
  raw: unknown,
): { record: Record<string, unknown>; version: Version } | null {
  if (!isPlainObject(raw)) return null;
  const { rev: _rev, phaseOrder, ...rest } = raw;
  const record: Record<string, unknown> = { ...rest };
  if (kind === 'candidates') {
    record.phaseRank = typeof phaseOrder === 'number' ? rankOfIndex(phaseOrder) : phaseOrder;
    if (!('keptPlacement' in record)) record.keptPlacement = null;
  }
  for (const unit of unitsOf(kind)) {
    const value = record[unit.key];
    if (unit.isSet && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      record[unit.key] = canonicalSet(value as string[]);
    }
  }
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'createdAt' && key !== 'updatedAt') content[key] = value;
  }
  const dot: Dot = [`${LEGACY_REPLICA_PREFIX}${contentHash(canonicalJson(content))}`, 1];
  return { record, version: createdVersion(dot) };
}

/** Version 1 -> 2: every record gets its version (see upgradeRecordV1); no tombstones, no laptop. */
function addVersions(file: RawFile): Record<string, unknown> {
  const upgrade = (kind: KindName, raw: unknown): unknown => {
    const upgraded = upgradeRecordV1(kind, raw);
    return upgraded === null ? raw : { ...upgraded.record, version: upgraded.version };
  };
  const list = (kind: KindName, value: unknown): unknown =>
    Array.isArray(value) ? value.map((r) => upgrade(kind, r)) : value;
  return {
    ...file,
    replica: null,
    workshop: upgrade('workshops', file.workshop),
    phases: list('phases', file.phases),
    candidates: list('candidates', file.candidates),
    // Files written before components existed have none.
    components: list('components', file.components ?? []),
    tombstones: [],
  };
}

/**
 * A version-2 record (from a file or the database) in the shape of version 3, which added the
 * pilot-to-scale half: a candidate's governance checklist, pilot checklist and needed
 * capabilities; a phase's readiness gate; the workshop's AI-literacy needs and change plan. Each
 * starts empty (nothing reviewed, nothing scored, nothing asked); the version is unchanged, so
 * the new fields hold what the record's creation wrote, on every laptop alike, and two laptops
 * that upgraded the same record still agree on it. Untrusted input: what is not a record is
 * passed on for the validator to refuse, and a field already there is left as it is.
 */
export function upgradeRecordV2(kind: KindName, raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const defaults: Record<string, () => unknown> =
    kind === 'candidates'
      ? { governance: emptyGovernance, pilot: emptyPilotChecklist, capabilities: () => [] }
      : kind === 'phases'
        ? { readinessGate: () => ({ ...NO_READINESS_GATE }) }
        : kind === 'workshops'
          ? { literacy: emptyLiteracy, changePlan: emptyChangePlan }
          : {};
  const record: Record<string, unknown> = { ...raw };
  for (const [key, empty] of Object.entries(defaults)) {
    if (!(key in record)) record[key] = empty();
  }
  return record;
}

/** Version 2 -> 3: the new fields, empty (see upgradeRecordV2), and no capabilities yet. */
function addPilotToScale(file: RawFile): Record<string, unknown> {
  const list = (kind: KindName, value: unknown): unknown =>
    Array.isArray(value) ? value.map((r) => upgradeRecordV2(kind, r)) : value;
  return {
    ...file,
    workshop: upgradeRecordV2('workshops', file.workshop),
    phases: list('phases', file.phases),
    candidates: list('candidates', file.candidates),
    capabilities: [],
  };
}

/**
 * A version-3 record in the shape of version 4, which added running the room: the workshop's
 * agenda countdown (none under way). The version is unchanged, as in upgradeRecordV2.
 */
export function upgradeRecordV3(kind: KindName, raw: unknown): unknown {
  if (kind !== 'workshops' || !isPlainObject(raw) || 'timer' in raw) return raw;
  return { ...raw, timer: null };
}

/** Version 3 -> 4: no countdown, and none of the new kinds yet (participants, rounds...). */
function addRunningTheRoom(file: RawFile): Record<string, unknown> {
  return {
    ...file,
    workshop: upgradeRecordV3('workshops', file.workshop),
    participants: [],
    rounds: [],
    ballots: [],
    snapshots: [],
    decisions: [],
    agendaSteps: [],
  };
}

/**
 * A version-4 record in the shape of version 5, which added sensitivity and scenarios: the
 * workshop's `sensitivityTopN` (10), in the workshop itself and in the workshop a snapshot froze.
 * The version is unchanged, as in upgradeRecordV2.
 */
export function upgradeRecordV4(kind: KindName, raw: unknown): unknown {
  const withTopN = (workshop: unknown): unknown => {
    if (!isPlainObject(workshop) || !isPlainObject(workshop.settings)) return workshop;
    if ('sensitivityTopN' in workshop.settings) return workshop;
    return { ...workshop, settings: { ...workshop.settings, sensitivityTopN: 10 } };
  };
  if (kind === 'workshops') return withTopN(raw);
  if (kind !== 'snapshots' || !isPlainObject(raw) || !isPlainObject(raw.state)) return raw;
  return { ...raw, state: { ...raw.state, workshop: withTopN(raw.state.workshop) } };
}

/** Version 4 -> 5: the top N of the sensitivity (see upgradeRecordV4), and no scenarios yet. */
function addScenarios(file: RawFile): Record<string, unknown> {
  return {
    ...file,
    workshop: upgradeRecordV4('workshops', file.workshop),
    snapshots: Array.isArray(file.snapshots)
      ? file.snapshots.map((s) => upgradeRecordV4('snapshots', s))
      : file.snapshots,
    scenarios: [],
  };
}

/** Migration from version N (the key) to N + 1. */
export const FILE_MIGRATIONS: Readonly<Record<number, FileMigration>> = {
  1: addVersions,
  2: addPilotToScale,
  3: addRunningTheRoom,
  4: addScenarios,
};

export type MigrationResult =
  { ok: true; file: Record<string, unknown> } | { ok: false; fromVersion: number; reason: string };

/**
 * Brings a raw file from `fromVersion` up to `toVersion` by applying one migration per version,
 * in order, and stamping each step's result with its new schemaVersion. Fails (never throws)
 * when a step has no migration or a migration throws.
 */
export function migrateFile(
  file: RawFile,
  fromVersion: number,
  toVersion: number,
  migrations: Readonly<Record<number, FileMigration>> = FILE_MIGRATIONS,
): MigrationResult {
  let current: Record<string, unknown> = { ...file };
  for (let version = fromVersion; version < toVersion; version++) {
    const migrate = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (migrate === undefined) {
      return { ok: false, fromVersion: version, reason: `no migration from version ${version}` };
    }
    try {
      current = { ...migrate(current), schemaVersion: version + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, fromVersion: version, reason };
    }
  }
  return { ok: true, file: current };
}
