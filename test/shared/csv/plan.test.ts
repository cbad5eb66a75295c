import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../shared/csv/columns.ts';
import {
  defaultValueMappings,
  importChange,
  previewImport,
  readTable,
  valueMappingsWith,
} from '../../../shared/csv/plan.ts';
import { aDocument, applied, testEnv } from '../../fixtures/builders.ts';

const semicolons = { delimiter: ';' as const, hasHeaderRow: true };

describe('value mappings remembered for a header layout', () => {
  // Last time the client's file had Hoch and Mittel, and the room chose Mittel → 2.
  const remembered = new Map([
    [
      1,
      new Map<string, string | null>([
        ['Hoch', '4'],
        ['Mittel', '2'],
      ]),
    ],
  ]);
  const nextFile = readTable(
    'Titel;Finanzieller Nutzen\r\nChatbot;Hoch\r\nPrognose;Mittel\r\nBetrug;Sehr hoch\r\n',
    semicolons,
  );
  const mapping = mapColumns(nextFile.headers);

  it('prefill a value new in the next file, and keep what the room chose last time', () => {
    const values = valueMappingsWith(nextFile, mapping, remembered);
    expect(Object.fromEntries(values.get(1) ?? [])).toEqual({
      Hoch: '4',
      Mittel: '2',
      'Sehr hoch': '5',
    });
    const rows = previewImport(nextFile, [], { mapping, values }).rows;
    expect(rows.map((r) => [r.fields.title, r.fields.valueScores.financialImpact])).toEqual([
      ['Chatbot', 4],
      ['Prognose', 2],
      ['Betrug', 5],
    ]);
  });

  it('a remembered "No score" stays no score; a damaged remembered value is ignored', () => {
    const values = valueMappingsWith(
      nextFile,
      mapping,
      new Map([
        [
          1,
          new Map<string, string | null>([
            ['Hoch', null],
            ['Mittel', 'very'],
          ]),
        ],
        // A column that is no score column now (the title) takes nothing remembered.
        [0, new Map<string, string | null>([['Chatbot', '5']])],
      ]),
    );
    expect(Object.fromEntries(values.get(1) ?? [])).toEqual({
      Hoch: null,
      Mittel: '3',
      'Sehr hoch': '5',
    });
    expect(values.has(0)).toBe(false);
  });

  it('with nothing remembered, are the prefilled mappings', () => {
    expect(valueMappingsWith(nextFile, mapping, new Map())).toEqual(
      defaultValueMappings(nextFile, mapping),
    );
  });
});

describe('importing a value left unmapped', () => {
  it('gives no score (null), never 0, and says so in the row', () => {
    const env = testEnv();
    const doc = aDocument({}, env);
    const table = readTable(
      'Title;ROI;Data readiness\r\nChatbot;Sehr viel;4\r\nForecast;Hoch;0\r\n',
      semicolons,
    );
    const preview = previewImport(table, []);
    expect(preview.rows.map((r) => r.notes)).toEqual([
      ['“Sehr viel” in Direct financial impact is not mapped: no score'],
      ['“0” in Data readiness is not mapped: no score'],
    ]);
    const after = applied(doc, importChange(doc, preview.rows, 'add', env));
    expect(
      after.candidates.map((c) => [
        c.title,
        c.valueScores.financialImpact,
        c.feasibilityScores.dataReadiness,
      ]),
    ).toEqual([
      ['Chatbot', null, 4],
      ['Forecast', 4, null],
    ]);
  });
});
