/**
 * Column and value mappings remembered per header layout, so that the same client's next file
 * takes one click. A preference of this browser profile (localStorage), not workshop data: nothing
 * of it travels in a file, and a damaged entry is ignored.
 */
import type { ColumnMapping, ImportField } from '../../../shared/csv/columns.ts';
import { IMPORT_FIELDS } from '../../../shared/csv/columns.ts';

const KEY = 'scalepath.spreadsheet-mappings.v1';
const MAX_LAYOUTS = 50;

interface Remembered {
  fields: Array<ImportField | null>;
  values: Record<string, Record<string, string | null>>;
}

function readAll(): Record<string, Remembered> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? (raw as Record<string, Remembered>)
      : {};
  } catch {
    return {};
  }
}

/** The mapping remembered for a layout, if any (and still fitting it). */
export function recall(
  layout: string,
  columns: number,
): { mapping: ColumnMapping; values: Map<number, Map<string, string | null>> } | null {
  const entry = readAll()[layout];
  if (entry === undefined || !Array.isArray(entry.fields) || entry.fields.length !== columns)
    return null;
  const isField = (f: unknown): f is ImportField =>
    typeof f === 'string' && (IMPORT_FIELDS as readonly string[]).includes(f);
  const mapping = entry.fields.map((f) =>
    isField(f) ? { field: f, confidence: 'exact' as const } : null,
  );
  const values = new Map<number, Map<string, string | null>>();
  for (const [column, byRaw] of Object.entries(entry.values ?? {})) {
    if (byRaw === null || typeof byRaw !== 'object') continue;
    values.set(
      Number(column),
      new Map(Object.entries(byRaw).map(([raw, v]) => [raw, typeof v === 'string' ? v : null])),
    );
  }
  return { mapping, values };
}

/** Remembers the mapping used for a layout (the most recent layouts kept). */
export function remember(
  layout: string,
  mapping: ColumnMapping,
  values: ReadonlyMap<number, ReadonlyMap<string, string | null>>,
): void {
  const all = readAll();
  delete all[layout];
  all[layout] = {
    fields: mapping.map((m) => m?.field ?? null),
    values: Object.fromEntries(
      [...values].map(([c, byRaw]) => [String(c), Object.fromEntries(byRaw)]),
    ),
  };
  const kept = Object.fromEntries(Object.entries(all).slice(-MAX_LAYOUTS));
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // A full or disabled storage only means the next file asks again.
  }
}
