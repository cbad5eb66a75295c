/**
 * A spreadsheet import from text to a Change (issue 12): the dialect and the table, the columns'
 * mapping and the values' mappings prefilled (room for the user to change each), the rows with
 * their problems and duplicates, then the one change that imports them — into the open workshop
 * (duplicates skipped, updated or added) or as a new workshop — one transaction, one undo step.
 */
import type { Change, RecordPatch } from '../domain/change.ts';
import { patchBetween } from '../domain/change.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import type { RecordEnv } from '../domain/factories.ts';
import { cloneData, createCandidate } from '../domain/factories.ts';
import type { Candidate } from '../records/candidate.ts';
import type { ColumnMapping } from './columns.ts';
import { isScoreField, mapColumns } from './columns.ts';
import type { Delimiter, ParsedTable } from './dialect.ts';
import { detectDialect, parseTable } from './dialect.ts';
import { unguardCell } from './export.ts';
import type { ImportRow, ValueMappings } from './rows.ts';
import { importRows } from './rows.ts';
import { defaultValue, distinctValues, optionsOf } from './values.ts';

export interface ImportSettings {
  delimiter: Delimiter;
  hasHeaderRow: boolean;
}

/** The table of a text with its settings; cells read back from a guarded export. */
export function readTable(text: string, settings: ImportSettings): ParsedTable {
  const table = parseTable(text, settings.delimiter, settings.hasHeaderRow);
  return { ...table, rows: table.rows.map((r) => r.map(unguardCell)) };
}

/** The settings a text is first read with: its detected delimiter, with a header row. */
export function defaultSettings(text: string): ImportSettings {
  return { delimiter: detectDialect(text).delimiter, hasHeaderRow: true };
}

/** The value mappings prefilled for the mapped score and choice columns. */
export function defaultValueMappings(
  table: ParsedTable,
  mapping: ColumnMapping,
  percentScale = false,
): Map<number, Map<string, string | null>> {
  const out = new Map<number, Map<string, string | null>>();
  mapping.forEach((m, column) => {
    if (m === null || optionsOf(m.field) === null) return;
    const values = new Map<string, string | null>();
    for (const v of distinctValues(table.rows, column)) {
      values.set(v.raw, defaultValue(m.field, v.raw, percentScale));
    }
    out.set(column, values);
  });
  return out;
}

/**
 * The value mappings of a file whose header layout was imported before: the prefilled mappings,
 * with the ones remembered from last time laid over them. A value new in this file ("Sehr hoch")
 * is still prefilled, never left as no score; a remembered choice wins, "no score" included. A
 * remembered value that is not one of its field's options (a damaged entry) is ignored, and so is a
 * column no longer mapped to a score or a choice.
 */
export function valueMappingsWith(
  table: ParsedTable,
  mapping: ColumnMapping,
  remembered: ValueMappings,
  percentScale = false,
): Map<number, Map<string, string | null>> {
  const out = defaultValueMappings(table, mapping, percentScale);
  for (const [column, values] of out) {
    const field = mapping[column]?.field;
    const options = field === undefined ? null : optionsOf(field);
    for (const [raw, value] of remembered.get(column) ?? []) {
      if (value === null || options?.includes(value) === true) values.set(raw, value);
    }
  }
  return out;
}

export interface ImportPreview {
  table: ParsedTable;
  mapping: ColumnMapping;
  values: ValueMappings;
  rows: ImportRow[];
}

/** Everything the review step shows, from the table and the user's choices so far. */
export function previewImport(
  table: ParsedTable,
  existing: readonly Candidate[],
  chosen: { mapping?: ColumnMapping; values?: ValueMappings } = {},
): ImportPreview {
  const mapping = chosen.mapping ?? mapColumns(table.headers);
  const values = chosen.values ?? defaultValueMappings(table, mapping);
  return { table, mapping, values, rows: importRows(table, mapping, values, existing) };
}

export type DuplicateChoice = 'skip' | 'update' | 'add';

/**
 * The change that imports the rows without errors into `doc`: new candidates created (at the end
 * of the backlog), duplicates skipped, updated (the imported fields written over the candidate's)
 * or added as new candidates.
 */
export function importChange(
  doc: WorkshopDocument,
  rows: readonly ImportRow[],
  onDuplicate: DuplicateChoice,
  env: RecordEnv,
): Change {
  const create: Candidate[] = [];
  const patch: RecordPatch<Candidate>[] = [];
  for (const row of rows) {
    if (row.errors.length > 0) continue;
    const existing = row.duplicateOf;
    if (existing !== null && onDuplicate === 'skip') continue;
    if (existing !== null && onDuplicate === 'update') {
      const next: Candidate = cloneData(existing);
      for (const field of row.written) {
        if (isScoreField(field)) {
          const scores = (field in next.valueScores ? 'valueScores' : 'feasibilityScores') as
            'valueScores' | 'feasibilityScores';
          (next[scores] as Record<string, unknown>)[field] = (
            row.fields[scores] as Record<string, unknown>
          )[field];
        } else (next as unknown as Record<string, unknown>)[field] = row.fields[field];
      }
      const p = patchBetween('candidates', existing, next);
      if (p !== null) patch.push(p);
      continue;
    }
    create.push(createCandidate(doc.workshop.id, row.fields, env));
  }
  return {
    ...(create.length > 0 ? { create: { candidates: create } } : {}),
    ...(patch.length > 0 ? { patch: { candidates: patch } } : {}),
  };
}
