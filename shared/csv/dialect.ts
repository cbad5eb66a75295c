/**
 * A spreadsheet's text to rows (issue 12): Excel's `sep=;` first line is honoured and stripped;
 * otherwise the delimiter (`,` `;` tab `|`) is the one whose rows have the most consistent field
 * counts, `;` first when numbers use decimal commas. Parsed by papaparse with that delimiter,
 * explicitly (quoted newlines and doubled quotes are its job). A byte order mark left on the first
 * header is stripped. The user sees the delimiter and "first row is headers", and may change both.
 */
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DELIMITER_LABELS: Readonly<Record<Delimiter, string>> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
  '|': 'Vertical bar (|)',
};

export interface Dialect {
  delimiter: Delimiter;
  /** The file began with Excel's `sep=` line (stripped from the text). */
  hasSepLine: boolean;
}

const SEP_LINE = /^\uFEFF?sep=(.)\r?\n/i;

/** The text without Excel's `sep=` line, and the delimiter it names (if one of ours). */
function sepLine(text: string): { text: string; delimiter: Delimiter | null } {
  const match = SEP_LINE.exec(text);
  if (match === null) return { text, delimiter: null };
  const named = DELIMITERS.find((d) => d === match[1]) ?? null;
  return { text: text.slice(match[0].length), delimiter: named };
}

/** How consistent the field counts of the first rows are with this delimiter: higher is better. */
function consistency(text: string, delimiter: Delimiter): number {
  const sample = Papa.parse<string[]>(text.slice(0, 64_000), { delimiter, preview: 50 });
  const counts = sample.data
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((r) => r.length);
  if (counts.length === 0) return 0;
  const first = counts[0] as number;
  if (first < 2) return 0;
  const same = counts.filter((n) => n === first).length;
  return (same / counts.length) * 100 + Math.min(first, 30);
}

/** Numbers written with decimal commas ("4,5", "1.200,50"): a sign the file uses `;`. */
function hasDecimalCommas(text: string): boolean {
  return /(^|[;\t|"])\s*-?\d+,\d+\s*([;\t|"]|$)/m.test(text.slice(0, 64_000));
}

/** The dialect of a spreadsheet's text. */
export function detectDialect(text: string): Dialect {
  const sep = sepLine(text);
  if (sep.delimiter !== null) return { delimiter: sep.delimiter, hasSepLine: true };
  const prefersSemicolon = hasDecimalCommas(text);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const score = consistency(text, d) + (d === ';' && prefersSemicolon ? 5 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return { delimiter: best, hasSepLine: false };
}

export interface ParsedTable {
  /** The header row (blank and duplicate headers made unique: "Column 3", "Title (2)"). */
  headers: string[];
  /** The data rows, each as long as the headers (missing cells empty, extra cells dropped). */
  rows: string[][];
  /** Each data row's number as the spreadsheet shows it (the header row is row 1). */
  rowNumbers: number[];
  /** Indexes of the rows that had more cells than the headers: their extra cells were not read. */
  raggedRows: number[];
  /** The file had more than {@link MAX_ROWS} data rows: it is refused, not cut short. */
  isTooLong: boolean;
}

/** The most rows one import takes; a longer file is refused whole, never read in part. */
export const MAX_ROWS = 20_000;

/** One row of cells as a spreadsheet holds it, with its row number there. */
export interface GridRow {
  number: number;
  cells: string[];
}

/** Parses the text with the delimiter into rows of cells (blank lines left out). */
export function parseGrid(text: string, delimiter: Delimiter): GridRow[] {
  const parsed = Papa.parse<string[]>(sepLine(text).text, {
    delimiter,
    skipEmptyLines: 'greedy',
    preview: MAX_ROWS + 2,
  });
  return parsed.data.map((cells, i) => ({ number: i + 1, cells }));
}

/** Parses the text with the delimiter; the first row is the header row unless told otherwise. */
export function parseTable(text: string, delimiter: Delimiter, hasHeaderRow: boolean): ParsedTable {
  return tableOfGrid(parseGrid(text, delimiter), hasHeaderRow);
}

/** A grid (of a CSV or a workbook's sheet) as headers and data rows. */
export function tableOfGrid(grid: readonly GridRow[], hasHeaderRow: boolean): ParsedTable {
  const width = Math.max(0, ...grid.map((r) => r.cells.length));
  const first = grid[0]?.cells ?? [];
  const rawHeaders = hasHeaderRow ? first : Array.from({ length: width }, () => '');
  // With a header row, the headers say how many columns there are: cells past them are extra.
  // papaparse strips one BOM at the very start only. trim() would take U+FEFF too (ECMAScript
  // counts it as white space); the replace says so, and stays if the trimming ever changes.
  const headers = uniqueHeaders(
    Array.from({ length: hasHeaderRow ? first.length : width }, (_, i) =>
      (rawHeaders[i] ?? '').replace(/^\uFEFF/, '').trim(),
    ),
  );
  const dataRows = hasHeaderRow ? grid.slice(1) : grid;
  const kept = dataRows.slice(0, MAX_ROWS);
  const raggedRows: number[] = [];
  const rows = kept.map((r, i) => {
    if (r.cells.slice(headers.length).some((c) => c.trim() !== '')) raggedRows.push(i);
    return headers.map((_, k) => r.cells[k] ?? '');
  });
  return {
    headers,
    rows,
    rowNumbers: kept.map((r) => r.number),
    raggedRows,
    isTooLong: dataRows.length > MAX_ROWS,
  };
}

/** Blank headers named by their column, duplicates numbered: every column can be mapped. */
function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const name = h === '' ? `Column ${i + 1}` : h;
    const n = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), n);
    return n === 1 ? name : `${name} (${n})`;
  });
}
