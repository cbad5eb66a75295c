/**
 * The `.scalepath` file: one workshop with its phases and candidates, as pretty JSON, carried
 * between laptops. Reading one is a pipeline in which every step refuses with a plain message
 * and nothing throws: bounded pre-check of the raw text -> JSON.parse -> no hostile keys -> is it
 * a Scalepath file, of a version this app reads -> migrations up to the current version -> zod
 * validation with cross-record checks -> repair of dangling references.
 */
import { z } from 'zod';
import { repairDocument } from '../domain/document.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import { isoDateTimeSchema, text } from '../records/base.ts';
import { candidateSchema } from '../records/candidate.ts';
import { componentSchema } from '../records/component.ts';
import { phaseSchema } from '../records/phase.ts';
import { workshopSchema } from '../records/workshop.ts';
import {
  badVersionError,
  emptyFileError,
  hostileKeyError,
  invalidFileError,
  migrationError,
  missingVersionError,
  newerVersionError,
  notJsonError,
  plainIssueMessage,
  precheckError,
  wrongFormatError,
} from './messages.ts';
import type { FileError } from './messages.ts';
import { migrateFile } from './migrations.ts';
import { findHostileKey, precheckText } from './precheck.ts';

export type { FileError, FileErrorCode } from './messages.ts';

/** The `format` field of every Scalepath file. DO NOT CHANGE: it is how a file is recognised. */
export const FILE_FORMAT = 'scalepath';

/**
 * The file's shape version. Bump it with a migration in migrations.ts (read how there) whenever
 * the shape of a file changes; the app reads every version up to this one.
 */
export const CURRENT_SCHEMA_VERSION = 1;

/** Far above any real workshop; bounds the work a hostile file can cause. */
export const MAX_PHASES = 100;
export const MAX_CANDIDATES = 10_000;
export const MAX_COMPONENTS = 2_000;

interface FileRecords {
  workshop: { id: string };
  phases: ReadonlyArray<{ id: string; workshopId: string }>;
  candidates: ReadonlyArray<{ id: string; workshopId: string }>;
  components: ReadonlyArray<{ id: string; workshopId: string }>;
}

/**
 * Checks the records hold together: every phase and candidate belongs to the file's workshop and
 * no id is used twice (a later merge matches records by id). Dangling references are not errors:
 * parseWorkshopFile repairs them.
 */
function checkRecordsBelongTogether(file: FileRecords, ctx: z.RefinementCtx): void {
  const workshopId = file.workshop.id;
  const owners = new Map<string, string>([[workshopId, 'the workshop']]);
  const tables = [
    ['phases', 'phase', file.phases],
    ['candidates', 'candidate', file.candidates],
    ['components', 'component', file.components],
  ] as const;
  for (const [table, noun, records] of tables) {
    records.forEach((record, index) => {
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

/** A `.scalepath` file of the current version, as validated on import. */
export const workshopFileSchema = z
  .object({
    format: z.literal(FILE_FORMAT),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    appVersion: text(64).min(1, 'the app version is empty'),
    exportedAt: isoDateTimeSchema,
    workshop: workshopSchema,
    phases: z
      .array(phaseSchema)
      .max(MAX_PHASES, `a workshop file holds at most ${MAX_PHASES} phases`),
    candidates: z
      .array(candidateSchema)
      .max(MAX_CANDIDATES, 'a workshop file holds at most 10,000 candidates'),
    // Files written before components existed have none.
    components: z
      .array(componentSchema)
      .max(MAX_COMPONENTS, 'a workshop file holds at most 2,000 components')
      .default([]),
  })
  .superRefine(checkRecordsBelongTogether);

export type WorkshopFile = z.infer<typeof workshopFileSchema>;

/** What the exporting app says about the export. */
export interface WorkshopFileMeta {
  appVersion: string;
  /** ISO 8601 date-time; fixed by the caller so that the same workshop gives the same bytes. */
  exportedAt: string;
}

export type ParseWorkshopFileResult =
  { ok: true; doc: WorkshopDocument; appVersion: string } | { ok: false; error: FileError };

/**
 * Writes a workshop as the text of a `.scalepath` file: pretty JSON (2-space indent, final
 * newline), keys in the order built here and in the records, so the same document and meta give
 * the same bytes. The document is written as it is; it is expected to be valid already.
 */
export function serializeWorkshopFile(doc: WorkshopDocument, meta: WorkshopFileMeta): string {
  const file: WorkshopFile = {
    format: FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    workshop: doc.workshop,
    phases: doc.phases,
    candidates: doc.candidates,
    components: doc.components,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads the text of a `.scalepath` file into a repaired workshop document, or says in plain words
 * why it cannot (see FileError). Never throws, whatever the text; the work it does is bounded by
 * the pre-check limits, so hostile files are refused quickly.
 */
export function parseWorkshopFile(text: string): ParseWorkshopFileResult {
  try {
    return readFileText(text);
  } catch {
    // Every step above is meant not to throw; this is the net under it.
    return {
      ok: false,
      error: {
        code: 'invalid',
        message:
          'Scalepath could not read this file. Ask the sender to export the workshop from Scalepath again.',
      },
    };
  }
}

function fail(error: FileError): ParseWorkshopFileResult {
  return { ok: false, error };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const BYTE_ORDER_MARK = 0xfeff;

function readFileText(text: string): ParseWorkshopFileResult {
  const problem = precheckText(text);
  if (problem !== null) return fail(precheckError(problem));

  // Some editors save a byte order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  const start = body.search(/\S/);
  if (start === -1) return fail(emptyFileError());
  // Not even an object: a spreadsheet, a document, another app's JSON list.
  if (body[start] !== '{') return fail(wrongFormatError());

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

  const { workshop, phases, candidates, components, appVersion } = parsed.data;
  return {
    ok: true,
    doc: repairDocument({ workshop, phases, candidates, components }),
    appVersion,
  };
}
