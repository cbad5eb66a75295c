/**
 * An Excel workbook (`.xlsx`) to rows of cells (issue 12), for the same column and value mapping
 * as a CSV. Not the `xlsx` package (unpatched advisories on crafted files): the zip is read by
 * `zip.ts` with limits, the XML by fast-xml-parser with no document type allowed (OOXML never has
 * one; entity tricks need one). Shared strings, inline strings, numbers (a percentage format gives
 * "80%"), booleans and error values are read as the spreadsheet shows them; formulas by their last
 * computed value. A crafted or broken workbook is refused with the reason in words.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { GridRow } from './dialect.ts';
import { MAX_ROWS } from './dialect.ts';
import type { ZipArchive } from './zip.ts';
import { openZip, ZipRefusal } from './zip.ts';

export const WORKBOOK_LIMITS = {
  maxEntries: 2_000,
  /** A sheet of 20,000 rows of a dozen columns is about 10 MB of XML. */
  maxPartBytes: 48 * 1024 * 1024,
  maxSharedStringsBytes: 32 * 1024 * 1024,
  maxSharedStrings: 500_000,
  maxColumns: 512,
} as const;

export interface WorkbookSheet {
  name: string;
  isHidden: boolean;
}

export type Workbook =
  | {
      ok: true;
      sheets: WorkbookSheet[];
      /** The sheet's rows (the first visible sheet by default); throws nothing, refuses in words. */
      readSheet(index: number): { ok: true; grid: GridRow[] } | { ok: false; message: string };
    }
  | { ok: false; message: string };

/** Zip's local-file signature: how a workbook's bytes begin. */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

type Node = Record<string, unknown>;

const LISTS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'xf', 'numFmt']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Entities are decoded here (the parser's own decoding leaves numeric references as they are).
  processEntities: false,
  isArray: (name) => LISTS.has(name),
});

function refusal(reason: string): { ok: false; message: string } {
  return {
    ok: false,
    message: `This workbook cannot be read: ${reason}. Open it in your spreadsheet program and save it again as an Excel workbook (.xlsx) or as “CSV UTF-8”, then import that file. Nothing was changed.`,
  };
}

/** A part's text, checked to be UTF-8 without a document type; null when there is no such part. */
function partText(zip: ZipArchive, name: string, maxBytes?: number): string | null {
  const bytes = zip.read(name, maxBytes);
  if (bytes === null) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ZipRefusal(`its part “${name}” is not valid UTF-8 text`);
  }
  if (/<!DOCTYPE/i.test(text)) {
    throw new ZipRefusal(`its part “${name}” declares a document type, which workbooks never do`);
  }
  return text;
}

function parseXml(name: string, text: string | null): Node | null {
  if (text === null) return null;
  try {
    // The parser forgives unclosed tags; a workbook part that has them is damaged.
    if (XMLValidator.validate(text) !== true) throw new Error('not well-formed');
    return parser.parse(text) as Node;
  } catch {
    throw new ZipRefusal(`its part “${name}” is not well-formed XML`);
  }
}

const readXml = (zip: ZipArchive, name: string) => parseXml(name, partText(zip, name));

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML's five named entities and numeric references; anything else is left as written. */
function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/gi,
    (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      const isCharacter =
        code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff);
      const isSurrogate = code >= 0xd800 && code <= 0xdfff;
      return isCharacter && !isSurrogate ? String.fromCodePoint(code) : whole;
    },
  );
}

const child = (node: unknown, key: string): unknown =>
  typeof node === 'object' && node !== null ? (node as Node)[key] : undefined;
const list = (node: unknown, key: string): unknown[] => {
  const v = child(node, key);
  return Array.isArray(v) ? v : [];
};
const attr = (node: unknown, name: string): string | undefined => {
  const v = child(node, `@_${name}`);
  return typeof v === 'string' ? decodeXml(v) : undefined;
};

/** The text of a `<t>` (a string, or an object with `#text` when it has attributes). */
function textOf(node: unknown): string {
  const t = typeof node === 'string' ? node : child(node, '#text');
  return typeof t === 'string' ? decodeXml(t) : '';
}

/** A rich or plain string item (`<si>` or `<is>`): its `<t>` and its runs' `<t>`s, not phonetics. */
function stringItem(node: unknown): string {
  const plain = child(node, 't');
  if (plain !== undefined) return textOf(plain);
  return list(node, 'r')
    .map((r) => textOf(child(r, 't')))
    .join('');
}

/** "AB12" → column 27 (0-based); null when the reference is not a cell's. */
function columnOf(ref: string): number | null {
  const match = /^([A-Z]{1,3})\d+$/.exec(ref);
  if (match === null) return null;
  let n = 0;
  for (const ch of match[1] as string) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relationships(zip: ZipArchive, ofPart: string): Map<string, string> {
  const slash = ofPart.lastIndexOf('/');
  const relsPath = `${ofPart.slice(0, slash + 1)}_rels/${ofPart.slice(slash + 1)}.rels`;
  const rels = readXml(zip, relsPath);
  const out = new Map<string, string>();
  for (const r of list(child(rels, 'Relationships'), 'Relationship')) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    const type = attr(r, 'Type') ?? '';
    if (id !== undefined && target !== undefined) out.set(id, resolveTarget(ofPart, target));
    if (type.endsWith('/officeDocument') && target !== undefined) {
      out.set('officeDocument', resolveTarget(ofPart, target));
    }
  }
  return out;
}

/** Number formats that show a percentage: built-in 9 and 10, and custom codes with a `%`. */
function percentStyles(zip: ZipArchive, path: string | undefined): Set<number> {
  const styles = path === undefined ? null : readXml(zip, path);
  const sheet = child(styles, 'styleSheet');
  const percentFormats = new Set([9, 10]);
  for (const f of list(child(sheet, 'numFmts'), 'numFmt')) {
    if ((attr(f, 'formatCode') ?? '').replace(/"[^"]*"|\\./g, '').includes('%')) {
      percentFormats.add(Number(attr(f, 'numFmtId')));
    }
  }
  const out = new Set<number>();
  list(child(sheet, 'cellXfs'), 'xf').forEach((xf, i) => {
    if (percentFormats.has(Number(attr(xf, 'numFmtId')))) out.add(i);
  });
  return out;
}

/** A number as a spreadsheet shows it by default: 15 significant digits, no float noise. */
function shownNumber(raw: string, isPercent: boolean): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  const shown = (x: number) => String(Number(x.toPrecision(15)));
  return isPercent ? `${shown(n * 100)}%` : shown(n);
}

function readGrid(
  zip: ZipArchive,
  path: string,
  sheetName: string,
  strings: readonly string[],
  percent: ReadonlySet<number>,
): GridRow[] {
  const doc = readXml(zip, path);
  if (doc === null) throw new ZipRefusal(`the sheet “${sheetName}” is missing from it`);
  const grid: GridRow[] = [];
  let rowNumber = 0;
  for (const row of list(child(child(doc, 'worksheet'), 'sheetData'), 'row')) {
    rowNumber = Number(attr(row, 'r') ?? rowNumber + 1);
    if (!Number.isInteger(rowNumber) || rowNumber < 1) {
      throw new ZipRefusal(`the sheet “${sheetName}” numbers its rows wrongly`);
    }
    const cells: string[] = [];
    let column = -1;
    for (const c of list(row, 'c')) {
      const ref = attr(c, 'r');
      column = ref === undefined ? column + 1 : (columnOf(ref) ?? column + 1);
      if (column >= WORKBOOK_LIMITS.maxColumns) {
        throw new ZipRefusal(
          `the sheet “${sheetName}” has cells beyond its first ${WORKBOOK_LIMITS.maxColumns} columns`,
        );
      }
      const type = attr(c, 't') ?? 'n';
      const v = textOf(child(c, 'v'));
      let text: string;
      if (type === 's') text = strings[Number(v)] ?? '';
      else if (type === 'inlineStr') text = stringItem(child(c, 'is'));
      else if (type === 'b') text = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : v;
      else if (type === 'n' && v !== '') {
        text = shownNumber(v, percent.has(Number(attr(c, 's') ?? -1)));
      } else text = v;
      while (cells.length < column) cells.push('');
      cells[column] = text;
    }
    if (cells.some((t) => t.trim() !== '')) grid.push({ number: rowNumber, cells });
    // One more than the most an import takes, so a longer sheet is said to be too long.
    if (grid.length > MAX_ROWS + 1) break;
  }
  return grid;
}

/**
 * Opens a workbook's bytes: its sheets (names and whether hidden), each read on demand. Every
 * refusal says what is wrong and what to do; nothing here throws.
 */
export function openWorkbook(bytes: Uint8Array): Workbook {
  try {
    const zip = openZip(bytes, WORKBOOK_LIMITS);
    const root = relationships(zip, '');
    const bookPath = root.get('officeDocument') ?? 'xl/workbook.xml';
    const book = readXml(zip, bookPath);
    if (book === null) {
      return refusal(
        zip.names.some((n) => n.startsWith('word/') || n.startsWith('ppt/'))
          ? 'it is a Word or PowerPoint file, not a workbook'
          : 'it has no workbook inside (it is a zip archive of something else)',
      );
    }
    const rels = relationships(zip, bookPath);
    const sheetNodes = list(child(child(book, 'workbook'), 'sheets'), 'sheet');
    if (sheetNodes.length === 0) return refusal('it has no sheets');
    const sheets = sheetNodes.map((s, i) => ({
      name: attr(s, 'name') ?? `Sheet ${i + 1}`,
      isHidden: (attr(s, 'state') ?? 'visible') !== 'visible',
      path: rels.get(attr(s, 'id') ?? ''),
    }));
    const stringsPath = [...rels.values()].find((p) => /sharedStrings\.xml$/i.test(p));
    const stylesPath = [...rels.values()].find((p) => /styles\.xml$/i.test(p));
    let strings: string[] | null = null;
    let percent: Set<number> | null = null;
    return {
      ok: true,
      sheets: sheets.map(({ name, isHidden }) => ({ name, isHidden })),
      readSheet(index) {
        const sheet = sheets[index];
        if (sheet === undefined || sheet.path === undefined) {
          return refusal(`the sheet “${sheet?.name ?? index + 1}” is missing from it`);
        }
        try {
          strings ??= sharedStrings(zip, stringsPath);
          percent ??= percentStyles(zip, stylesPath);
          return { ok: true, grid: readGrid(zip, sheet.path, sheet.name, strings, percent) };
        } catch (e) {
          if (e instanceof ZipRefusal) return refusal(e.message);
          throw e;
        }
      },
    };
  } catch (e) {
    if (e instanceof ZipRefusal) return refusal(e.message);
    throw e;
  }
}

function sharedStrings(zip: ZipArchive, path: string | undefined): string[] {
  if (path === undefined) return [];
  const text = partText(zip, path, WORKBOOK_LIMITS.maxSharedStringsBytes);
  // Counted before the table is parsed, whatever its count attribute says.
  const item = /<(?:\w+:)?si[\s>/]/g;
  let count = 0;
  while (item.exec(text ?? '') !== null) {
    if (++count > WORKBOOK_LIMITS.maxSharedStrings) {
      throw new ZipRefusal(
        `its table of shared strings holds more than ${WORKBOOK_LIMITS.maxSharedStrings.toLocaleString('en')} entries`,
      );
    }
  }
  const doc = parseXml(path, text);
  return list(child(doc, 'sst'), 'si').map(stringItem);
}
