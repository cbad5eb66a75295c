import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeSpreadsheetBytes } from '../../../shared/csv/bytes.ts';
import { FIELD_LABELS } from '../../../shared/csv/columns.ts';
import {
  defaultSettings,
  importChange,
  previewImport,
  readTable,
} from '../../../shared/csv/plan.ts';
import {
  aDocument,
  aFeasibilityScores,
  applied,
  aValueScores,
  testEnv,
} from '../../fixtures/builders.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/csv');

/** A fixture from its bytes to the review step, with every default taken. */
function imported(name: string) {
  const decoded = decodeSpreadsheetBytes(new Uint8Array(readFileSync(join(DIR, name))));
  if (!decoded.ok) throw new Error(decoded.message);
  const text = decoded.best.text;
  const settings = defaultSettings(text);
  const preview = previewImport(readTable(text, settings), []);
  return { decoded: decoded.best, settings, preview, rows: preview.rows };
}

const mapped = (p: ReturnType<typeof imported>['preview']) =>
  p.mapping.map((m, i) =>
    m === null ? null : `${p.table.headers[i]} → ${FIELD_LABELS[m.field]} (${m.confidence})`,
  );

const ENGLISH_ROWS = [
  {
    title: 'Customer query chatbot',
    department: 'Customer Service',
    stage: 'pilot-succeeded',
    audience: 'customer-facing',
    effort: 'M',
    financialImpact: 4,
    dataReadiness: 4,
    notes: 'Handles 30% of queries',
  },
  {
    title: 'Predictive inventory',
    department: 'Supply Chain',
    stage: 'pilot-running',
    audience: 'operational',
    effort: 'L',
    financialImpact: 5,
    dataReadiness: 3,
    notes: '',
  },
  {
    title: 'Fraud detection',
    department: 'Risk',
    stage: 'idea',
    audience: 'operational',
    effort: 'XL',
    financialImpact: 5,
    dataReadiness: 2,
    notes: 'Needs card data',
  },
];

function summary(rows: ReturnType<typeof imported>['rows']) {
  return rows.map(({ fields: f }) => ({
    title: f.title,
    department: f.department,
    stage: f.stage,
    audience: f.audience,
    effort: f.effort,
    financialImpact: f.valueScores.financialImpact,
    dataReadiness: f.feasibilityScores.dataReadiness,
    notes: f.notes,
  }));
}

describe('spreadsheet fixtures', () => {
  it.each(['utf8-bom.csv', 'utf8.csv', 'utf16le-unicode-text.txt', 'sep-line.csv'])(
    '%s: the same three candidates, scored and tagged',
    (name) => {
      const { rows, preview } = imported(name);
      expect(summary(rows)).toEqual(ENGLISH_ROWS);
      expect(rows.every((r) => r.errors.length === 0)).toBe(true);
      expect(preview.table.headers[0]).toBe('Title');
    },
  );

  it('reads UTF-16 "Unicode Text" as tab-separated, and sep=; as semicolons', () => {
    expect(imported('utf16le-unicode-text.txt')).toMatchObject({
      decoded: { encoding: 'utf-16le' },
      settings: { delimiter: '\t' },
    });
    expect(imported('sep-line.csv').settings.delimiter).toBe(';');
    expect(imported('utf8-bom.csv').decoded.encoding).toBe('utf-8');
  });

  it('windows-1252, semicolons, German headers and Hoch/Mittel/Niedrig', () => {
    const { decoded, settings, preview, rows } = imported('windows-1252-semicolon.csv');
    expect([decoded.encoding, settings.delimiter]).toEqual(['windows-1252', ';']);
    expect(mapped(preview)).toEqual([
      'Titel → Title (alias)',
      'Abteilung → Department (alias)',
      'Finanzieller Nutzen → Direct financial impact (alias)',
      'Datenverfügbarkeit → Data readiness (alias)',
      'Aufwand → Effort (alias)',
      'Zielgruppe → Audience (alias)',
    ]);
    expect(
      rows.map(({ fields: f }) => [
        f.title,
        f.valueScores.financialImpact,
        f.feasibilityScores.dataReadiness,
        f.effort,
        f.audience,
      ]),
    ).toEqual([
      ['Prognose Absatz €', 4, 3, 'M', 'operational'],
      ['Détection de fraude', 5, 2, 'L', 'customer-facing'],
      ['Kündigungsvorhersage', 3, 4, 'S', 'customer-facing'],
    ]);
  });

  it('windows-1252 with German headers, imported: the workshop holds the candidates, scored', () => {
    const env = testEnv();
    const doc = aDocument({}, env);
    const { rows } = imported('windows-1252-semicolon.csv');
    const after = applied(doc, importChange(doc, rows, 'add', env));
    expect(
      after.candidates.map((c) => [c.workshopId, c.title, c.valueScores, c.feasibilityScores]),
    ).toEqual([
      [
        doc.workshop.id,
        'Prognose Absatz €',
        aValueScores({ financialImpact: 4 }),
        aFeasibilityScores({ dataReadiness: 3 }),
      ],
      [
        doc.workshop.id,
        'Détection de fraude',
        aValueScores({ financialImpact: 5 }),
        aFeasibilityScores({ dataReadiness: 2 }),
      ],
      [
        doc.workshop.id,
        'Kündigungsvorhersage',
        aValueScores({ financialImpact: 3 }),
        aFeasibilityScores({ dataReadiness: 4 }),
      ],
    ]);
  });

  it('windows-1251 Cyrillic', () => {
    const { decoded, rows } = imported('windows-1251-cyrillic.csv');
    expect(decoded.encoding).toBe('windows-1251');
    expect(
      rows.map(({ fields: f }) => [f.title, f.department, f.valueScores.financialImpact, f.effort]),
    ).toEqual([
      ['Прогноз спроса', 'Продажи', 4, 'M'],
      ['Чат-бот для клиентов', 'Сервис', 5, 'S'],
    ]);
  });

  it('semicolons with decimal commas: "4,0" reads as 4, and complexity as the room says it', () => {
    const { settings, rows } = imported('decimal-commas.csv');
    expect(settings.delimiter).toBe(';');
    expect(
      rows.map(({ fields: f }) => [
        f.title,
        f.valueScores.financialImpact,
        f.feasibilityScores.technicalComplexity,
      ]),
    ).toEqual([
      ['Chatbot', 4, 2],
      ['Forecast', 3, 4],
    ]);
  });

  it('quoted newlines inside a semicolon file', () => {
    const { settings, rows } = imported('quoted-newlines.csv');
    expect(settings.delimiter).toBe(';');
    expect(
      rows.map(({ fields: f }) => [f.title, f.description, f.valueScores.financialImpact]),
    ).toEqual([
      ['Chatbot', 'Answers queries,\r\nhands over to an agent; with the conversation', 4],
      ['Forecast\nby store', 'Line one\nline "two"', 3],
    ]);
  });

  it('duplicate and blank headers: named and numbered, each field from one column', () => {
    const { preview, rows } = imported('duplicate-blank-headers.csv');
    expect(preview.table.headers).toEqual(['Title', 'Column 2', 'Title (2)', 'ROI', 'ROI (2)']);
    expect(mapped(preview)).toEqual([
      'Title → Title (exact)',
      null,
      null,
      'ROI → Direct financial impact (alias)',
      null,
    ]);
    expect(rows.map(({ fields: f }) => [f.title, f.valueScores.financialImpact])).toEqual([
      ['Chatbot', 4],
      ['Forecast', 3],
    ]);
  });

  it('ragged rows: missing cells are empty, extra cells are left out and said', () => {
    const { preview, rows } = imported('ragged.csv');
    expect(rows.map(({ fields: f }) => [f.title, f.valueScores.financialImpact, f.effort])).toEqual(
      [
        ['Chatbot', 4, 'M'],
        ['Forecast', 3, 'M'],
        ['Pricing', null, 'M'],
      ],
    );
    expect(preview.table.raggedRows).toEqual([1]);
  });

  it('a 5,000-row file', () => {
    const { rows } = imported('big-5000.csv');
    expect(rows).toHaveLength(5_000);
    expect(rows[4_999]?.fields).toMatchObject({ title: 'Candidate 5000', effort: 'XL' });
    expect(rows[4_999]?.fields.valueScores.financialImpact).toBe(5);
    expect(rows.every((r) => r.errors.length === 0)).toBe(true);
  });
});
