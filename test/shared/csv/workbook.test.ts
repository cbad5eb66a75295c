import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, tableOfGrid } from '../../../shared/csv/dialect.ts';
import { defaultValueMappings, importChange, previewImport } from '../../../shared/csv/plan.ts';
import { mapColumns } from '../../../shared/csv/columns.ts';
import { openWorkbook, WORKBOOK_LIMITS } from '../../../shared/csv/workbook.ts';
import {
  aDocument,
  aFeasibilityScores,
  applied,
  aValueScores,
  testEnv,
} from '../../fixtures/builders.ts';
import { buildWorkbook, rowXml } from '../../fixtures/xlsx-builder.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/xlsx');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

/** The sheet's rows, or the refusal's words. */
function sheet(bytes: Uint8Array, index = 0) {
  const book = openWorkbook(bytes);
  if (!book.ok) return { refused: book.message };
  const read = book.readSheet(index);
  return read.ok ? { grid: read.grid } : { refused: read.message };
}

function cells(bytes: Uint8Array, index = 0): string[][] {
  const read = sheet(bytes, index);
  if (read.grid === undefined) throw new Error(read.refused);
  return read.grid.map((r) => r.cells);
}

describe('an .xlsx written by a spreadsheet program (LibreOffice Calc)', () => {
  const bytes = fixture('scoring-workbook.xlsx');

  it('lists its sheets, and reads the first as the spreadsheet shows it', () => {
    const book = openWorkbook(bytes);
    expect(book.ok && book.sheets).toEqual([
      { name: 'Use cases', isHidden: false },
      { name: 'Обзор', isHidden: false },
    ]);
    const read = sheet(bytes);
    // The blank fourth row is left out; the rows keep the numbers the spreadsheet shows.
    expect(read.grid?.map((r) => r.number)).toEqual([1, 2, 3, 5]);
    expect(cells(bytes)[1]).toEqual([
      'Customer query chatbot',
      'Customer Service',
      '4',
      'High',
      'M',
      '80%',
      'Pilot succeeded',
      'Handles 30% of queries; “line one”\nline two',
    ]);
  });

  it('imports titles, scores and tags exactly, through the same mapping as a CSV', () => {
    const read = sheet(bytes);
    const table = tableOfGrid(read.grid ?? [], true);
    const mapping = mapColumns(table.headers);
    // Percentages are mapped only once the user says they are of 100.
    const preview = previewImport(table, [], {
      mapping,
      values: defaultValueMappings(table, mapping, true),
    });
    expect(
      preview.rows.map((r) => ({
        line: r.line,
        title: r.fields.title,
        department: r.fields.department,
        stage: r.fields.stage,
        effort: r.fields.effort,
        financialImpact: r.fields.valueScores.financialImpact,
        dataReadiness: r.fields.feasibilityScores.dataReadiness,
        userReadiness: r.fields.feasibilityScores.userReadiness,
        notes: r.fields.notes,
      })),
    ).toEqual([
      {
        line: 2,
        title: 'Customer query chatbot',
        department: 'Customer Service',
        stage: 'pilot-succeeded',
        effort: 'M',
        financialImpact: 4,
        dataReadiness: 4,
        userReadiness: 4,
        notes: 'Handles 30% of queries; “line one”\nline two',
      },
      {
        line: 3,
        title: 'Prévision des ventes',
        department: 'Ventes & Marketing',
        stage: 'pilot-running',
        effort: 'L',
        // A formula (=2+3) by its computed value.
        financialImpact: 5,
        dataReadiness: 3,
        userReadiness: 3,
        notes: '',
      },
      {
        line: 5,
        title: 'Fraud detection',
        department: 'Risk',
        stage: 'idea',
        effort: 'XL',
        financialImpact: 5,
        dataReadiness: 2,
        userReadiness: null,
        notes: '=not a formula, just text',
      },
    ]);
    expect(preview.rows.every((r) => r.errors.length === 0)).toBe(true);
  });

  it('imported into a workshop, gives its candidates with their titles and scores', () => {
    const table = tableOfGrid(sheet(bytes).grid ?? [], true);
    const mapping = mapColumns(table.headers);
    const { rows } = previewImport(table, [], {
      mapping,
      values: defaultValueMappings(table, mapping, true),
    });
    const env = testEnv();
    const doc = aDocument({}, env);
    const after = applied(doc, importChange(doc, rows, 'add', env));
    expect(
      after.candidates.map((c) => [c.title, c.stage, c.effort, c.valueScores, c.feasibilityScores]),
    ).toEqual([
      [
        'Customer query chatbot',
        'pilot-succeeded',
        'M',
        aValueScores({ financialImpact: 4 }),
        aFeasibilityScores({ dataReadiness: 4, userReadiness: 4 }),
      ],
      [
        'Prévision des ventes',
        'pilot-running',
        'L',
        aValueScores({ financialImpact: 5 }),
        aFeasibilityScores({ dataReadiness: 3, userReadiness: 3 }),
      ],
      [
        'Fraud detection',
        'idea',
        'XL',
        aValueScores({ financialImpact: 5 }),
        aFeasibilityScores({ dataReadiness: 2 }),
      ],
    ]);
    // The text that looked like a formula is kept as text.
    expect(after.candidates[2]?.notes).toBe('=not a formula, just text');
  });

  it('reads a chosen sheet', () => {
    expect(cells(bytes, 1)).toEqual([
      ['Название', 'Отдел'],
      ['Прогноз спроса', 'Логистика'],
    ]);
  });
});

describe('cells as a spreadsheet shows them', () => {
  it('shared and inline strings, rich text without phonetics, booleans, errors, numbers without float noise', () => {
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Title</t></si><si><r><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r><rPh><t>ふりがな</t></rPh></si></sst>`;
    const rows =
      rowXml(1, [{ s: 0 }]) +
      `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>R&amp;D &#x1F600; &#10;next</t></is></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2"><v>0.30000000000000004</v></c><c r="G2" t="str"><v>from a formula</v></c></row>`;
    const bytes = buildWorkbook([{ name: 'R&D "list"', rows }], { sharedStrings: strings });
    const book = openWorkbook(bytes);
    expect(book.ok && book.sheets[0]?.name).toBe('R&D "list"');
    expect(cells(bytes)[1]).toEqual([
      'Bold and plain',
      '',
      'R&D 😀 \nnext',
      'TRUE',
      '#N/A',
      '0.3',
      'from a formula',
    ]);
  });

  it('says which sheets are hidden', () => {
    const bytes = buildWorkbook([
      { name: 'Lookups', rows: '', state: 'hidden' },
      { name: 'Candidates', rows: rowXml(1, [1]) },
    ]);
    const book = openWorkbook(bytes);
    expect(book.ok && book.sheets.map((s) => s.isHidden)).toEqual([true, false]);
  });

  it('a sheet longer than an import takes is said to be too long, not cut short', () => {
    const rows = Array.from({ length: MAX_ROWS + 2 }, (_, i) => rowXml(i + 1, [i])).join('');
    const read = sheet(buildWorkbook([{ name: 'Long', rows }]));
    expect(tableOfGrid(read.grid ?? [], true).isTooLong).toBe(true);
    const fits = Array.from({ length: MAX_ROWS + 1 }, (_, i) => rowXml(i + 1, [i])).join('');
    const table = tableOfGrid(
      sheet(buildWorkbook([{ name: 'Fits', rows: fits }])).grid ?? [],
      true,
    );
    expect(table.isTooLong).toBe(false);
    expect(table.rows).toHaveLength(MAX_ROWS);
  });
});

describe('a crafted or broken workbook is refused in plain words', () => {
  const refused = (bytes: Uint8Array, index = 0) => sheet(bytes, index).refused;

  it('a zip bomb: a sheet that unpacks to 400 MB (committed fixture)', () => {
    expect(refused(fixture('zip-bomb.xlsx'))).toMatch(
      /^This workbook cannot be read: its part “xl\/worksheets\/sheet1\.xml” unpacks to more than 48 MB .*Nothing was changed\.$/,
    );
  });

  it('a huge table of shared strings (committed fixture)', () => {
    expect(refused(fixture('huge-shared-strings.xlsx'))).toContain(
      'its table of shared strings holds more than 500,000 entries',
    );
  });

  it('a workbook cut short, or not a zip at all', () => {
    const whole = fixture('scoring-workbook.xlsx');
    expect(refused(whole.subarray(0, whole.length / 2))).toContain(
      'it is not a complete zip archive',
    );
    expect(refused(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toContain(
      'it is not a complete zip archive',
    );
  });

  it('a damaged part', () => {
    const whole = fixture('scoring-workbook.xlsx').slice();
    // Garble the middle of the compressed data, leaving the table of contents whole.
    for (let i = 600; i < 2600; i++) whole[i] = (whole[i] as number) ^ 0x5a;
    expect(refused(whole)).toMatch(/This workbook cannot be read: its (part|table)/);
  });

  it('a document type (the billion laughs)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>`;
    expect(refused(buildWorkbook([{ name: 'S', rows: '' }], { sharedStrings: laughs }))).toContain(
      'declares a document type, which workbooks never do',
    );
  });

  it('too many parts, encryption, an unknown compression', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= WORKBOOK_LIMITS.maxEntries; i++) many[`p${i}`] = strToU8('x');
    expect(refused(zipSync(many))).toContain(`more than the ${WORKBOOK_LIMITS.maxEntries} allowed`);

    const book = buildWorkbook([{ name: 'S', rows: '' }]);
    const withFlag = (offsetInHeader: number, value: number) => {
      const copy = book.slice();
      const view = new DataView(copy.buffer);
      for (let at = copy.length - 22; at >= 0; at--) {
        if (view.getUint32(at, true) === 0x02014b50)
          view.setUint16(at + offsetInHeader, value, true);
      }
      return copy;
    };
    expect(refused(withFlag(8, 1))).toContain('it is encrypted (saved with a password)');
    expect(refused(withFlag(10, 12))).toContain('compressed in a way workbooks do not use');
  });

  it('a Word file, or a zip of something else', () => {
    expect(refused(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toContain(
      'it is a Word or PowerPoint file, not a workbook',
    );
    expect(refused(zipSync({ 'photo.jpg': strToU8('x') }))).toContain('it has no workbook inside');
  });

  it('cells past the columns a list can have, malformed XML', () => {
    expect(
      refused(buildWorkbook([{ name: 'Wide', rows: '<row r="1"><c r="XFD1"><v>1</v></c></row>' }])),
    ).toContain(
      `the sheet “Wide” has cells beyond its first ${WORKBOOK_LIMITS.maxColumns} columns`,
    );
    expect(refused(buildWorkbook([{ name: 'Broken', rows: '<row><c><v>1</row>' }]))).toContain(
      'is not well-formed XML',
    );
  });

  it('tag names that would pollute prototypes are refused, and pollute nothing', () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row><__proto__><polluted>yes</polluted></__proto__>';
    expect(refused(buildWorkbook([{ name: 'S', rows }]))).toContain('is not well-formed XML');
    const nested =
      '<row r="1"><c r="A1"><constructor><prototype><polluted>yes</polluted></prototype></constructor><v>1</v></c></row>';
    expect(refused(buildWorkbook([{ name: 'S', rows: nested }]))).toContain(
      'is not well-formed XML',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
