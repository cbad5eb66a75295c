/**
 * Mapped spreadsheet rows to candidates (issue 12): each row's fields read through the column
 * mapping and the value mappings, its problems said in words ("no title", "“Sehr viel” is not
 * mapped: no score"), and its duplicate among the workshop's candidates by normalised title.
 */
import { FEASIBILITY_CRITERIA } from '../domain/criteria.ts';
import type { Approach, Audience, Effort, Horizon, Stage } from '../domain/criteria.ts';
import { blankCandidateFields } from '../domain/factories.ts';
import type { CandidateFields } from '../domain/factories.ts';
import type { Candidate, Score } from '../records/candidate.ts';
import type { ColumnMapping, ImportField } from './columns.ts';
import { FIELD_LABELS, isScoreField, normaliseHeader } from './columns.ts';
import type { ParsedTable } from './dialect.ts';
import { optionsOf } from './values.ts';

/** Per column, each distinct raw value's mapped value (a score "1"-"5" or a choice); null: none. */
export type ValueMappings = ReadonlyMap<number, ReadonlyMap<string, string | null>>;

export interface ImportRow {
  /** 1-based, as the spreadsheet numbers its rows (the header row is row 1). */
  line: number;
  fields: CandidateFields;
  /** What is wrong with it, in words; a row with an error is not imported. */
  errors: string[];
  /** What was left out of it (a value not mapped). */
  notes: string[];
  /** The workshop's candidate with the same normalised title, if any. */
  duplicateOf: Candidate | null;
  /** The fields this row set: what an update writes over a duplicate (nothing else). */
  written: ImportField[];
}

const LIMITS: Partial<Record<ImportField, number>> = {
  title: 300,
  description: 5_000,
  owner: 120,
  department: 120,
  notes: 10_000,
};

/** A title as duplicates are found by: accents, case, punctuation and spacing aside. */
export function normaliseTitle(title: string): string {
  return normaliseHeader(title);
}

/** The candidates a mapped table holds, row by row. */
export function importRows(
  table: ParsedTable,
  mapping: ColumnMapping,
  values: ValueMappings,
  existing: readonly Candidate[],
): ImportRow[] {
  const byTitle = new Map(existing.map((c) => [normaliseTitle(c.title), c]));
  return table.rows.map((row, r) => {
    const fields = blankCandidateFields();
    const errors: string[] = [];
    const notes: string[] = [];
    const written: ImportField[] = [];
    mapping.forEach((m, column) => {
      if (m === null) return;
      const raw = (row[column] ?? '').trim();
      const field = m.field;
      if (optionsOf(field) !== null) {
        if (raw === '') return;
        const mapped = values.get(column)?.get(raw) ?? null;
        if (mapped === null) {
          notes.push(
            `“${raw}” in ${FIELD_LABELS[field]} is not mapped: ${isScoreField(field) ? 'no score' : 'left unset'}`,
          );
          return;
        }
        written.push(field);
        if (isScoreField(field)) {
          const score = Number(mapped) as Score;
          if ((FEASIBILITY_CRITERIA as readonly string[]).includes(field)) {
            fields.feasibilityScores = { ...fields.feasibilityScores, [field]: score };
          } else fields.valueScores = { ...fields.valueScores, [field]: score };
        } else if (field === 'stage') fields.stage = mapped as Stage;
        else if (field === 'audience') fields.audience = mapped as Audience;
        else if (field === 'horizon') fields.horizon = mapped as Horizon;
        else if (field === 'approach') fields.approach = mapped as Approach;
        else if (field === 'effort') fields.effort = mapped as Effort;
        return;
      }
      const limit = LIMITS[field] ?? 1_000;
      if (raw.length > limit) {
        errors.push(
          `${FIELD_LABELS[field]} is longer than ${limit.toLocaleString('en')} characters`,
        );
        return;
      }
      (fields as unknown as Record<string, string>)[field] = raw;
      written.push(field);
    });
    if (fields.title.trim() === '') errors.push('it has no title');
    return {
      line: table.rowNumbers[r] ?? r + 1,
      fields,
      errors,
      notes,
      duplicateOf: byTitle.get(normaliseTitle(fields.title)) ?? null,
      written,
    };
  });
}
