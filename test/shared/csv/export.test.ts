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
import { parseTable } from '../../../shared/csv/dialect.ts';
import { APPROACHES, AUDIENCES, HORIZONS } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { castBallot, revealRound, startRound } from '../../../shared/domain/room-edits.ts';
import { formatScore, QUADRANT_LABELS, scoreCandidate } from '../../../shared/domain/scoring.ts';
import { roomQuadrant } from '../../../shared/domain/standing.ts';
import { formatReadiness, overallReadiness } from '../../../shared/scale/readiness.ts';
import {
  aDocument,
  aGovernance,
  aSettings,
  applied,
  arbText,
  testEnv,
  uniformFeasibilityScores,
  uniformValueScores,
} from '../../fixtures/builders.ts';

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

  it('writes V, F, priority, quadrant, phase, votes and governance readiness by the app’s rules', () => {
    const env = testEnv();
    const base = aDocument(
      {
        // Settings other than the defaults: the figures must be this workshop's.
        workshop: {
          settings: { thresholds: { value: 70, feasibility: 40 }, priorityValueShare: 0.8 },
        },
        phases: [
          { id: 'ph1', name: 'Foundations' },
          { id: 'ph2', name: '=Scale up' },
        ],
        candidates: [
          {
            id: 'c1',
            title: 'Chatbot',
            valueScores: uniformValueScores(5),
            feasibilityScores: uniformFeasibilityScores(4),
            phaseId: 'ph1',
            governance: aGovernance({
              ownershipAndAccess: 'done',
              qualityStandards: 'done',
              privacyAndCompliance: 'done',
              gradualRollout: 'in-progress',
              fairness: 'n/a',
            }),
          },
          {
            id: 'c2',
            title: 'Forecast',
            valueScores: { financialImpact: 2, strategicImportance: 3, learningValue: 2 },
            feasibilityScores: uniformFeasibilityScores(5),
            // The room put it high on value, where its scores do not.
            placement: { x: 80, y: 90 },
            phaseId: 'ph2',
          },
          {
            id: 'c3',
            title: 'Pricing',
            governance: aGovernance(
              Object.fromEntries(Object.keys(aGovernance()).map((item) => [item, 'n/a' as const])),
            ),
          },
        ],
      },
      env,
    );
    const round = (d: WorkshopDocument) => d.rounds[0]!;
    let doc = applied(
      base,
      startRound(
        base.workshop.id,
        {
          name: 'Dots',
          kind: 'dots',
          mode: 'tally',
          candidateIds: ['c1', 'c2'],
          criteria: [],
          dotsPerParticipant: 5,
          maxPerCandidate: 5,
        },
        env,
      ),
    );
    doc = applied(
      doc,
      castBallot(
        doc,
        round(doc),
        null,
        {
          dots: [
            { candidateId: 'c1', count: 4 },
            { candidateId: 'c2', count: 1 },
          ],
        },
        env,
      ),
    );
    doc = applied(doc, revealRound(round(doc), env.now()));

    const text = candidatesCsv(doc);
    const table = parseTable(text.slice(1), ',', true);
    const column = (name: string) => {
      const i = table.headers.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    const rowOf = (title: string) => table.rows.find((r) => r[column('Title')] === title) ?? [];
    const settings = doc.workshop.settings;
    const figure = (n: number | null) => (n === null ? '' : formatScore(n));

    // The scores put Forecast low on value at these thresholds; the room's placement decides.
    const forecast = doc.candidates.find((c) => c.id === 'c2')!;
    expect(scoreCandidate(forecast, settings).quadrant).toBe('fill-ins');
    expect(scoreCandidate(forecast, settings)).not.toEqual(scoreCandidate(forecast, aSettings()));

    for (const c of doc.candidates) {
      const s = scoreCandidate(c, settings);
      const quadrant = roomQuadrant(c, settings);
      const row = rowOf(c.title);
      expect(
        [
          'Value (V)',
          'Feasibility (F)',
          'Priority',
          'Quadrant',
          'Phase',
          'Votes',
          'Governance readiness',
        ].map((h) => row[column(h)]),
        c.title,
      ).toEqual([
        figure(s.value),
        figure(s.feasibility),
        figure(s.priority),
        quadrant === null ? '' : QUADRANT_LABELS[quadrant],
        { c1: 'Foundations', c2: "'=Scale up", c3: '' }[c.id],
        { c1: '4', c2: '1', c3: '' }[c.id],
        formatReadiness(overallReadiness(c.governance)),
      ]);
    }
    // What those rules give here, as the room reads it.
    expect(rowOf('Forecast')[column('Quadrant')]).toBe('Quick wins');
    expect(rowOf('Chatbot')[column('Governance readiness')]).toBe('30%');
    expect(rowOf('Pricing')[column('Governance readiness')]).toBe('n/a');
    expect(rowOf('Forecast')[column('Governance readiness')]).toBe('0%');
    expect(rowOf('Pricing')[column('Value (V)')]).toBe('');
    // The scored list, highest priority first; the unscored last.
    expect(table.rows.map((r) => r[column('Title')])).toEqual(['Chatbot', 'Forecast', 'Pricing']);
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
