import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidatesCsv,
  guardCell,
  isSpreadsheetControl,
  unguardCell,
} from '../../../shared/csv/export.ts';
import { importChange, previewImport, readTable } from '../../../shared/csv/plan.ts';
import { decodeSpreadsheetBytes } from '../../../shared/csv/bytes.ts';
import { APPROACHES, AUDIENCES, HORIZONS } from '../../../shared/domain/criteria.ts';
import { aDocument, applied, arbText, testEnv } from '../../fixtures/builders.ts';

const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const arbRow = fc.record({
  // Any text but control characters, which no spreadsheet holds (the export leaves them out).
  title: fc.oneof(
    arbText(300, { isTitle: true }).filter((t) => ![...t].some(isSpreadsheetControl)),
    fc.constantFrom('=SUM(A1:A9)', '+1', '-2', '@here', "'quoted", "''=1"),
  ),
  audience: fc.option(fc.constantFrom(...AUDIENCES), { nil: null }),
  horizon: fc.option(fc.constantFrom(...HORIZONS), { nil: null }),
  approach: fc.option(fc.constantFrom(...APPROACHES), { nil: null }),
  financialImpact: score,
  strategicImportance: score,
  riskMitigation: score,
  learningValue: score,
  dataReadiness: score,
  technicalComplexity: score,
  integrationRequirements: score,
  userReadiness: score,
});

describe('the CSV export', () => {
  it('is UTF-8 with a byte order mark and CRLF, and guards cells a spreadsheet would run', () => {
    const doc = aDocument(
      { candidates: [{ title: '=HYPERLINK("http://x")', notes: '-3 days' }] },
      testEnv(),
    );
    const text = candidatesCsv(doc);
    expect(text.startsWith('\uFEFFTitle,Description,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(`'-3 days`);
    expect(candidatesCsv(doc, ';').split('\r\n')[0]).toMatch(/^\uFEFFTitle;Description;/);
    for (const t of ['=1', '+1', '-1', '@a', '\tx', '\rx', "'x", 'plain']) {
      expect(unguardCell(guardCell(t))).toBe(t);
    }
  });

  it('then import, gives the same candidates: titles, scores and tags, for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',' as const, ';' as const),
        (specs, delimiter) => {
          const doc = aDocument(
            {
              candidates: specs.map((s) => ({
                title: s.title,
                audience: s.audience,
                horizon: s.horizon,
                approach: s.approach,
                valueScores: {
                  financialImpact: s.financialImpact,
                  strategicImportance: s.strategicImportance,
                  riskMitigation: s.riskMitigation,
                  learningValue: s.learningValue,
                },
                feasibilityScores: {
                  dataReadiness: s.dataReadiness,
                  technicalComplexity: s.technicalComplexity,
                  integrationRequirements: s.integrationRequirements,
                  userReadiness: s.userReadiness,
                },
              })),
            },
            testEnv(),
          );
          const bytes = new TextEncoder().encode(candidatesCsv(doc, delimiter));
          const decoded = decodeSpreadsheetBytes(bytes);
          if (!decoded.ok) throw new Error(decoded.message);
          const empty = aDocument({}, testEnv());
          const preview = previewImport(
            readTable(decoded.best.text, { delimiter, hasHeaderRow: true }),
            [],
          );
          const back = applied(empty, importChange(empty, preview.rows, 'add', testEnv()));
          const key = (c: (typeof doc.candidates)[number]) =>
            JSON.stringify([
              c.title,
              c.audience,
              c.horizon,
              c.approach,
              c.valueScores,
              c.feasibilityScores,
            ]);
          expect(back.candidates.map(key).sort()).toEqual(doc.candidates.map(key).sort());
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });
});

describe('importing the rows', () => {
  it('adds new candidates, and skips, updates (only what the file says) or adds duplicates, in one change', () => {
    const env = testEnv();
    const doc = aDocument(
      {
        candidates: [
          {
            id: 'c1',
            title: 'Customer Chatbot',
            notes: 'kept',
            valueScores: { financialImpact: 2 },
          },
        ],
      },
      env,
    );
    const text = 'Title,ROI\r\ncustomer chatbot,5\r\nForecast,3\r\n,4\r\n';
    const preview = previewImport(
      readTable(text, { delimiter: ',', hasHeaderRow: true }),
      doc.candidates,
    );
    expect(preview.rows.map((r) => [r.line, r.duplicateOf?.id ?? null, r.errors])).toEqual([
      [2, 'c1', []],
      [3, null, []],
      [4, null, ['it has no title']],
    ]);
    const skip = applied(doc, importChange(doc, preview.rows, 'skip', env));
    expect(skip.candidates.map((c) => c.title)).toEqual(['Customer Chatbot', 'Forecast']);
    const update = applied(doc, importChange(doc, preview.rows, 'update', env));
    expect(update.candidates.find((c) => c.id === 'c1')).toMatchObject({
      title: 'customer chatbot',
      notes: 'kept',
      valueScores: { financialImpact: 5 },
    });
    const add = applied(doc, importChange(doc, preview.rows, 'add', env));
    expect(add.candidates).toHaveLength(3);
  });
});
