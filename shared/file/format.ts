/**
 * The `.scalepath` file: one workshop as one laptop holds it — every record with its version
 * (its edit history, shared/records/version.ts), the tombstones of deleted records, and which
 * laptop exported it — as pretty JSON, carried between laptops. Reading one is a pipeline in
 * which every step refuses with a plain message and nothing throws: bounded pre-check of the raw
 * text -> JSON.parse -> no hostile keys -> is it a Scalepath file, of a version this app reads ->
 * migrations up to the current version -> zod validation with cross-record checks -> repair of
 * dangling references.
 */
import { z } from 'zod';
import { documentOf, repairDocument } from '../domain/document.ts';
import type { ReplicaDocument, WorkshopDocument } from '../domain/document.ts';
import { idSchema, isoDateTimeSchema, text } from '../records/base.ts';
import { candidateSchema } from '../records/candidate.ts';
import { agendaStepSchema } from '../records/agenda.ts';
import { ballotSchema } from '../records/ballot.ts';
import { capabilitySchema } from '../records/capability.ts';
import { decisionSchema } from '../records/decision.ts';
import { participantSchema } from '../records/participant.ts';
import { roundSchema } from '../records/round.ts';
import { scenarioSchema } from '../records/scenario.ts';
import { MAX_SNAPSHOTS, snapshotSchema } from '../records/snapshot.ts';
import { componentSchema } from '../records/component.ts';
import type { AnyRecord, ChildKind, KindName } from '../records/kinds.ts';
import { CHILD_KINDS, RECORD_KINDS } from '../records/kinds.ts';
import { phaseSchema } from '../records/phase.ts';
import { unitsOf } from '../records/units.ts';
import type { Tombstone, Version } from '../records/version.ts';
import {
  canonicalVersion,
  isConsistentVersion,
  tombstoneSchema,
  versionSchema,
} from '../records/version.ts';
import { workshopSchema } from '../records/workshop.ts';
import {
  badVersionError,
  emptyFileError,
  exportTooLargeError,
  hostileKeyError,
  internalError,
  invalidFileError,
  migrationError,
  missingVersionError,
  newerVersionError,
  notJsonError,
  plainIssueMessage,
  precheckError,
  spreadsheetFileError,
  wrongFormatError,
} from './messages.ts';
import type { FileError } from './messages.ts';
import { migrateFile } from './migrations.ts';
import { findHostileKey, precheckText, utf8ByteLength } from './precheck.ts';

export type { FileError, FileErrorCode } from './messages.ts';

/** The `format` field of every Scalepath file. DO NOT CHANGE: it is how a file is recognised. */
export const FILE_FORMAT = 'scalepath';

/**
 * The file's shape version. Bump it with a migration in migrations.ts (read how there) whenever
 * the shape of a file changes; the app reads every version up to this one.
 */
export const CURRENT_SCHEMA_VERSION = 5;

/**
 * How many records of each kind a file may hold: far above any real workshop; bounds the work a
 * hostile file can cause.
 */
export const FILE_LIMITS: Readonly<Record<ChildKind, number>> = {
  phases: 100,
  candidates: 10_000,
  components: 2_000,
  capabilities: 500,
  participants: 500,
  rounds: 500,
  ballots: 50_000,
  snapshots: MAX_SNAPSHOTS,
  decisions: 10_000,
  agendaSteps: 100,
  // Above what one laptop keeps: two laptops' scenarios merged must still make a file.
  scenarios: 1_000,
};
export const MAX_TOMBSTONES = 20_000;

interface VersionedRow {
  id: string;
  workshopId: string;
  version: Version;
}

type FileRecords = { workshop: { id: string; version: Version } } & {
  [K in ChildKind]: readonly VersionedRow[];
} & { tombstones: ReadonlyArray<{ id: string; workshopId: string }> };

/** The keys a version of this kind may list: its units, and the elements of its set units. */
function isKnownFieldKey(kind: KindName, key: string): boolean {
  const slash = key.indexOf('/');
  const unitKey = slash === -1 ? key : key.slice(0, slash);
  const unit = unitsOf(kind).find((u) => u.key === unitKey);
  return unit !== undefined && (slash === -1 || unit.isSet);
}

/** Checks that a record's version is sound and names only fields the record has. */
function checkVersion(
  kind: KindName,
  version: Version,
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const unknown = Object.keys(version.fields).find((key) => !isKnownFieldKey(kind, key));
  if (unknown !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'version', 'fields'],
      message: `its edit history names a field “${unknown.slice(0, 60)}” that a ${RECORD_KINDS[kind].noun} does not have`,
    });
  } else if (!isConsistentVersion(version)) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'version'],
      message: 'its edit history contradicts itself (it lists an edit it says it has not seen)',
    });
  }
}

/**
 * Checks the records hold together: every record and tombstone belongs to the file's workshop, no
 * id is used twice (a merge matches records by id), and every version is sound. Dangling references
 * are not errors: parseWorkshopFile repairs them.
 */
function checkRecordsBelongTogether(file: FileRecords, ctx: z.RefinementCtx): void {
  checkVersion('workshops', file.workshop.version, ['workshop'], ctx);
  const workshopId = file.workshop.id;
  const owners = new Map<string, string>([[workshopId, 'the workshop']]);
  const tables: (readonly [
    ChildKind | 'tombstones',
    string,
    readonly { id: string; workshopId: string }[],
  ])[] = [
    ...CHILD_KINDS.map((kind) => [kind, RECORD_KINDS[kind].noun, file[kind]] as const),
    ['tombstones', 'deleted record', file.tombstones] as const,
  ];
  for (const [table, noun, records] of tables) {
    records.forEach((record, index) => {
      if (table !== 'tombstones') {
        checkVersion(table, (record as VersionedRow).version, [table, index], ctx);
      }
      if (record.workshopId !== workshopId) {
        ctx.addIssue({
          code: 'custom',
          path: [table, index, 'workshopId'],
          message: `it belongs to another workshop (“${record.workshopId}”, not this file's “${workshopId}”)`,
        });
      }
      const owner = owners.get(record.id);
      if (owner === undefined) owners.set(record.id, `${noun} ${index + 1}`);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [table, index, 'id'],
          message: `the id “${record.id}” is already used by ${owner}`,
        });
      }
    });
  }
}

/** The laptop that exported a file: its replica id and the name its user gave it. */
export const replicaInfoSchema = z.object({
  id: idSchema,
  name: text(80).trim().min(1, 'the laptop has no name'),
});
export type ReplicaInfo = z.infer<typeof replicaInfoSchema>;

/** The refusal of a file with more records of a kind than FILE_LIMITS allows. */
function limitOf(kind: ChildKind): [number, string] {
  const limit = FILE_LIMITS[kind];
  return [limit, `a workshop file holds at most ${limit.toLocaleString('en')} ${kind}`];
}

/** A `.scalepath` file of the current version, as validated on import. */
export const workshopFileSchema = z
  .object({
    format: z.literal(FILE_FORMAT),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    appVersion: text(64).min(1, 'the app version is empty'),
    exportedAt: isoDateTimeSchema,
    /** Null for a file migrated from version 1, which did not say. */
    replica: replicaInfoSchema.nullable(),
    workshop: workshopSchema.extend({ version: versionSchema }),
    phases: z.array(phaseSchema.extend({ version: versionSchema })).max(...limitOf('phases')),
    candidates: z
      .array(candidateSchema.extend({ version: versionSchema }))
      .max(...limitOf('candidates')),
    components: z
      .array(componentSchema.extend({ version: versionSchema }))
      .max(...limitOf('components')),
    capabilities: z
      .array(capabilitySchema.extend({ version: versionSchema }))
      .max(...limitOf('capabilities')),
    participants: z
      .array(participantSchema.extend({ version: versionSchema }))
      .max(...limitOf('participants')),
    rounds: z.array(roundSchema.extend({ version: versionSchema })).max(...limitOf('rounds')),
    ballots: z.array(ballotSchema.extend({ version: versionSchema })).max(...limitOf('ballots')),
    snapshots: z
      .array(snapshotSchema.extend({ version: versionSchema }))
      .max(...limitOf('snapshots')),
    decisions: z
      .array(decisionSchema.extend({ version: versionSchema }))
      .max(...limitOf('decisions')),
    agendaSteps: z
      .array(agendaStepSchema.extend({ version: versionSchema }))
      .max(...limitOf('agendaSteps')),
    scenarios: z
      .array(scenarioSchema.extend({ version: versionSchema }))
      .max(...limitOf('scenarios')),
    tombstones: z
      .array(tombstoneSchema)
      .max(MAX_TOMBSTONES, 'a workshop file holds at most 20,000 deleted records'),
  })
  .superRefine(checkRecordsBelongTogether);

export type WorkshopFile = z.infer<typeof workshopFileSchema>;

/** What the exporting app says about the export. */
export interface WorkshopFileMeta {
  appVersion: string;
  /** ISO 8601 date-time; fixed by the caller so that the same workshop gives the same bytes. */
  exportedAt: string;
  /** The laptop that exports it. */
  replica: ReplicaInfo;
}

/** A file read and checked: the workshop as the exporting laptop held it. */
export interface ReadWorkshopFile extends ReplicaDocument {
  appVersion: string;
  exportedAt: string;
  /** The laptop that exported it; null for a version-1 file. */
  replica: ReplicaInfo | null;
  /** The format version the file was written in (1: its history is unknown). */
  schemaVersion: number;
}

export type ParseWorkshopFileResult =
  ({ ok: true } & ReadWorkshopFile) | { ok: false; error: FileError };

/** A document's records in the order a file lists them, which depends on nothing but the data. */
function fileOrder<T extends AnyRecord>(records: readonly T[]): T[] {
  return [...records].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
  );
}

/**
 * Writes a workshop as the text of a `.scalepath` file: pretty JSON (2-space indent, final
 * newline). Records are written in their schema's key order and a fixed list order, versions
 * canonical, so two laptops holding the same workshop write the same bytes (apart from the export
 * date and the laptop). Throws if a record does not pass its schema: a file the app writes must be
 * one it can read back.
 */
export function serializeWorkshopFile(replica: ReplicaDocument, meta: WorkshopFileMeta): string {
  const { doc, versions, tombstones } = replica;
  const write = <K extends KindName>(kind: K, record: AnyRecord) => {
    const version = versions.get(record.id);
    if (version === undefined) throw new Error(`No version is stored for “${record.id}”.`);
    return {
      ...(RECORD_KINDS[kind].schema.parse(record) as object),
      version: canonicalVersion(version),
    };
  };
  const file = {
    format: FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    replica: meta.replica,
    workshop: write('workshops', doc.workshop),
    ...Object.fromEntries(
      CHILD_KINDS.map((kind) => [kind, fileOrder<AnyRecord>(doc[kind]).map((r) => write(kind, r))]),
    ),
    tombstones: [...tombstones]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((t) => tombstoneSchema.parse(t)),
  };
  return oneRecordPerLine(file);
}

/**
 * JSON with one record per line: a diff of two exports still shows which records changed, and the
 * file is about 40% smaller than indented JSON (a workshop of 10,000 candidates fits the limit).
 */
function oneRecordPerLine(file: Record<string, unknown>): string {
  const entries = Object.entries(file).map(([key, value]) => {
    const name = `  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value)) return `${name}${JSON.stringify(value)}`;
    if (value.length === 0) return `${name}[]`;
    return `${name}[\n${value.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

/**
 * Whether a file's text, as serializeWorkshopFile wrote it, would pass import's pre-check: null
 * when it would, else why not, in words for the person exporting. Only the size can stop a file
 * the app wrote (its records' schemas bound nesting and text lengths); export asks before saving,
 * so the app never writes a file that it, or any other laptop, would refuse.
 */
export function checkFileReadsBack(text: string): FileError | null {
  const problem = precheckText(text);
  if (problem === null) return null;
  return problem.code === 'too-large'
    ? exportTooLargeError(utf8ByteLength(text))
    : precheckError(problem);
}

/**
 * Reads the text of a `.scalepath` file into a repaired workshop document, or says in plain words
 * why it cannot (see FileError). Never throws, whatever the text; the work it does is bounded by
 * the pre-check limits, so hostile files are refused quickly.
 */
export function parseWorkshopFile(text: string): ParseWorkshopFileResult {
  try {
    return readFileText(text);
  } catch (error) {
    // Every step above is meant not to throw: a throw is a bug here, not a fault of the file.
    // The user still reads a plain message; its own code lets tests and developers tell it apart.
    logInternalError(error);
    return { ok: false, error: internalError() };
  }
}

/** shared/ has no console type, but every runtime it runs in (browser, worker, Node) has one. */
function logInternalError(error: unknown): void {
  const { console } = globalThis as { console?: { error(...data: unknown[]): void } };
  console?.error('Scalepath hit an internal error while reading a workshop file:', error);
}

function fail(error: FileError): ParseWorkshopFileResult {
  return { ok: false, error };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const BYTE_ORDER_MARK = 0xfeff;

/** The first two lines split into the same number (two or more) of cells by `,` `;` or tab. */
function looksLikeDelimitedText(text: string): boolean {
  const [first = '', second = ''] = text.slice(0, 4096).split(/\r?\n/);
  return [',', ';', '\t'].some((d) => {
    const n = first.split(d).length;
    return n >= 2 && (second === '' || second.split(d).length === n);
  });
}

function readFileText(text: string): ParseWorkshopFileResult {
  const problem = precheckText(text);
  if (problem !== null) return fail(precheckError(problem));

  // Some editors save a byte order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  const start = body.search(/\S/);
  if (start === -1) return fail(emptyFileError());
  // Not even an object: a spreadsheet, a document, another app's JSON list.
  if (body[start] !== '{') {
    if (body.startsWith('PK\u0003\u0004')) return fail(spreadsheetFileError('zip'));
    if (looksLikeDelimitedText(body)) return fail(spreadsheetFileError('csv'));
    return fail(wrongFormatError());
  }

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return fail(notJsonError());
  }

  const hostile = findHostileKey(raw);
  if (hostile !== null) return fail(hostileKeyError(hostile, raw));
  if (!isPlainRecord(raw)) return fail(wrongFormatError());
  if (raw.format !== FILE_FORMAT) return fail(wrongFormatError(raw.format));

  const version = raw.schemaVersion;
  if (version === undefined) return fail(missingVersionError());
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(badVersionError(version));
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(newerVersionError(version, CURRENT_SCHEMA_VERSION, raw.appVersion));
  }

  const migrated = migrateFile(raw, version, CURRENT_SCHEMA_VERSION);
  if (!migrated.ok) return fail(migrationError(migrated.fromVersion, migrated.reason));

  const parsed = workshopFileSchema.safeParse(migrated.file, { error: plainIssueMessage });
  if (!parsed.success) return fail(invalidFileError(parsed.error.issues, migrated.file));

  const file = parsed.data;
  const versions = new Map<string, Version>();
  const strip = <T extends { id: string; version: Version }>({ version, ...record }: T) => {
    versions.set(record.id, canonicalVersion(version));
    return record as Omit<T, 'version'>;
  };
  const doc: WorkshopDocument = documentOf(
    strip(file.workshop) as WorkshopDocument['workshop'],
    Object.fromEntries(CHILD_KINDS.map((kind) => [kind, file[kind].map(strip)])),
  );
  return {
    ok: true,
    doc: repairDocument(doc, new Set(file.tombstones.map((t) => t.id))),
    versions,
    tombstones: file.tombstones as Tombstone[],
    appVersion: file.appVersion,
    exportedAt: file.exportedAt,
    replica: file.replica,
    schemaVersion: version,
  };
}
