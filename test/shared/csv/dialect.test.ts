import { describe, expect, it } from 'vitest';
import { detectDialect, parseGrid, tableOfGrid } from '../../../shared/csv/dialect.ts';
import { defaultSettings, previewImport, readTable } from '../../../shared/csv/plan.ts';

// Every line holds one `,` and one `;`: both delimiters give two fields a row, a tie on counts.
const DECIMAL_COMMAS = 'Projekt;Nutzen, gewichtet\r\nChatbot;4,0\r\nPrognose;3,0\r\n';
const TEXT_COMMAS = 'Title;Notes, in short\r\nChatbot;fast, cheap\r\nForecast;slow, dear\r\n';

describe('the delimiter', () => {
  it('is `;` when `,` and `;` tie on field counts and numbers use decimal commas', () => {
    expect(detectDialect(DECIMAL_COMMAS)).toEqual({ delimiter: ';', hasSepLine: false });
    const table = readTable(DECIMAL_COMMAS, defaultSettings(DECIMAL_COMMAS));
    expect(table.headers).toEqual(['Projekt', 'Nutzen, gewichtet']);
    expect(table.rows).toEqual([
      ['Chatbot', '4,0'],
      ['Prognose', '3,0'],
    ]);
  });

  it('stays `,` on a tie when the commas are only in text', () => {
    expect(detectDialect(TEXT_COMMAS).delimiter).toBe(',');
  });

  it('is the one with the most consistent field counts, whatever the commas', () => {
    const text = 'Title;ROI;Notes\r\nChatbot;4,5;ok\r\nForecast;3,5;fine, mostly\r\n';
    expect(detectDialect(text).delimiter).toBe(';');
    expect(detectDialect('Title,ROI\r\nChatbot,4\r\nForecast,3\r\n').delimiter).toBe(',');
  });
});

describe('a byte order mark left on the first header', () => {
  // A text that began with two (a file given its BOM twice): papaparse takes the first only.
  const text = '\uFEFF\uFEFFTitle,ROI\r\nChatbot,4\r\n';

  it('is stripped, so the header maps to its field', () => {
    expect(parseGrid(text, ',')[0]?.cells[0]).toBe('\uFEFFTitle');
    const table = readTable(text, { delimiter: ',', hasHeaderRow: true });
    expect(table.headers).toEqual(['Title', 'ROI']);
    const rows = previewImport(table, []).rows;
    expect(rows.map((r) => [r.fields.title, r.fields.valueScores.financialImpact])).toEqual([
      ['Chatbot', 4],
    ]);
  });

  it("is stripped from a workbook's first cell too", () => {
    const table = tableOfGrid(
      [
        { number: 1, cells: ['\uFEFFTitel', 'ROI'] },
        { number: 2, cells: ['Chatbot', '4'] },
      ],
      true,
    );
    expect(table.headers).toEqual(['Titel', 'ROI']);
  });
});
