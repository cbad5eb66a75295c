import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltDeck } from '../../../shared/deck/build.ts';
import { buildDeck } from '../../../shared/deck/build.ts';
import { placeCandidate } from '../../../shared/domain/candidate-edits.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import {
  adoptMedians,
  castBallot,
  logDecision,
  nextStep,
  revealRound,
  startRound,
  startStep,
  takeSnapshot,
} from '../../../shared/domain/room-edits.ts';
import { moveCandidate } from '../../../shared/domain/phase-edits.ts';
import { sortSteps } from '../../../shared/room/agenda.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { applied, testEnv } from '../../fixtures/builders.ts';
import { deckFonts, pdfText, requirePoppler, wordsOutsidePage } from './pdf-tools.ts';

const T0 = Date.parse('2026-02-10T09:00:00.000Z');

/** The sample after a morning in the room: a vote, a blind scoring round, a snapshot, moves, the agenda run. */
export function roomSample(): WorkshopDocument {
  const env = testEnv();
  let doc = buildSampleWorkshop();
  const w = doc.workshop.id;
  doc = {
    ...doc,
    participants: ['Ada Lovelace', 'Bo Chen', 'Cy Okafor'].map((name, i) => ({
      id: `pt${i + 1}`,
      createdAt: '2026-02-10T08:55:00.000Z',
      updatedAt: '2026-02-10T08:55:00.000Z',
      workshopId: w,
      name,
      role: '',
      department: '',
    })),
  };
  const ids = ['sample-chatbot', 'sample-inventory', 'sample-fraud-detection', 'sample-churn'];
  doc = applied(
    doc,
    startRound(
      w,
      {
        name: 'Morning dots',
        kind: 'dots',
        mode: 'secret',
        candidateIds: ids,
        criteria: [],
        dotsPerParticipant: 3,
        maxPerCandidate: 2,
      },
      env,
    ),
  );
  const dots = doc.rounds[0]!;
  const votes: Array<[string, string, number][]> = [
    [
      ['pt1', 'sample-chatbot', 2],
      ['pt1', 'sample-fraud-detection', 1],
    ],
    [
      ['pt2', 'sample-inventory', 2],
      ['pt2', 'sample-chatbot', 1],
    ],
    [
      ['pt3', 'sample-chatbot', 1],
      ['pt3', 'sample-churn', 2],
    ],
  ];
  for (const ballot of votes) {
    const p = ballot[0]![0];
    doc = applied(
      doc,
      castBallot(
        doc,
        dots,
        p,
        { dots: ballot.map(([, candidateId, count]) => ({ candidateId, count })) },
        env,
      ),
    );
  }
  doc = applied(doc, revealRound(dots, '2026-02-10T09:40:00.000Z'));
  doc = applied(
    doc,
    startRound(
      w,
      {
        name: 'Blind scores',
        kind: 'scores',
        mode: 'secret',
        candidateIds: ids.slice(0, 2),
        criteria: ['financialImpact', 'dataReadiness'],
        dotsPerParticipant: 1,
        maxPerCandidate: 1,
      },
      env,
    ),
  );
  const blind = doc.rounds.find((r) => r.kind === 'scores')!;
  const scores: Array<[string, number, number]> = [
    ['pt1', 5, 4],
    ['pt2', 1, 4],
    ['pt3', 3, 3],
  ];
  for (const [p, a, b] of scores) {
    doc = applied(
      doc,
      castBallot(
        doc,
        blind,
        p,
        {
          scores: [
            { candidateId: 'sample-chatbot', criterion: 'financialImpact', score: a },
            { candidateId: 'sample-inventory', criterion: 'dataReadiness', score: b },
          ],
        },
        env,
      ),
    );
  }
  doc = applied(doc, revealRound(blind, '2026-02-10T10:10:00.000Z'));
  doc = applied(doc, takeSnapshot(doc, 'Before lunch', env));
  doc = applied(
    doc,
    placeCandidate(
      doc.candidates.find((c) => c.id === 'sample-churn')!,
      { x: 80, y: 80 },
    ),
  );
  doc = applied(doc, moveCandidate(doc, 'sample-chatbot', 'sample-phase-1', 0));
  doc = applied(doc, adoptMedians(doc, blind, env));
  doc = applied(
    doc,
    logDecision(
      w,
      {
        what: 'Moved “Churn prediction” to Quick wins',
        why: 'The retention team can start in May',
        candidateIds: ['sample-churn'],
      },
      env,
    ),
  );
  const steps = sortSteps(doc.agendaSteps);
  doc = applied(doc, startStep(doc, steps[0]!, T0));
  doc = applied(doc, nextStep(doc, T0 + 25 * 60_000));
  doc = applied(doc, nextStep(doc, T0 + 60 * 60_000));
  return doc;
}

describe('the deck of a morning in the room', () => {
  let deck: BuiltDeck;
  beforeAll(async () => {
    requirePoppler();
    deck = buildDeck(roomSample(), { createdAt: '2026-02-10', fonts: await deckFonts() });
  }, 60_000);

  it('has the five new sections, their headings and rows as text', () => {
    const ids = deck.sections.map((s) => s.id);
    for (const id of ['votes', 'disagreement', 'snapshot', 'decisions', 'agenda'])
      expect(ids).toContain(id);
    // Laid out, each table row is one line of text.
    const of = (id: string) => {
      const s = deck.sections.find((x) => x.id === id)!;
      const last = s.firstPage + s.pageCount - 1;
      return pdfText(deck.bytes, { first: s.firstPage, last, isLayout: true }).replace(/\s+/g, ' ');
    };
    expect(of('votes')).toContain('Voting results Morning dots');
    expect(of('votes')).toMatch(/1\. Customer query chatbot 4/);
    expect(of('disagreement')).toMatch(
      /Customer query chatbot Direct financial impact 1 3 5 Contested/,
    );
    expect(of('snapshot')).toContain('Changes since “Before lunch”');
    expect(of('snapshot')).toContain('Churn prediction');
    expect(of('snapshot')).toMatch(/Customer query chatbot .*backlog → Phase 1 - Foundation/);
    expect(of('decisions')).toContain('The retention team can start in May');
    expect(of('decisions')).toContain('Adopted the medians of “Blind scores”');
    expect(of('agenda')).toMatch(/Candidates 20 min 25 min 5 min over/);
    expect(of('agenda')).toMatch(/Scoring 40 min 35 min 5 min under/);
  });

  it('keeps every word on its page, and gives the same bytes for the same date', async () => {
    expect(wordsOutsidePage(deck.bytes)).toEqual([]);
    const again = buildDeck(roomSample(), { createdAt: '2026-02-10', fonts: await deckFonts() });
    expect(Buffer.from(again.bytes).equals(Buffer.from(deck.bytes))).toBe(true);
    expect(pdfText(deck.bytes)).not.toContain('undefined');
  });
});

describe('the deck’s changes since a chosen snapshot', () => {
  /** The room sample with a second snapshot after lunch, and one move after that. */
  function withAfterLunch(): WorkshopDocument {
    let doc = roomSample();
    const later = takeSnapshot(doc, 'After lunch', testEnv({ start: '2026-02-10T13:00:00.000Z' }));
    const snapshot = { ...later.create!.snapshots![0]!, id: 'snapshot-after-lunch' };
    doc = applied(doc, { create: { snapshots: [snapshot] } });
    return applied(doc, moveCandidate(doc, 'sample-inventory', 'sample-phase-1', 0));
  }
  const changesIn = (deck: BuiltDeck) => {
    const s = deck.sections.find((x) => x.id === 'snapshot')!;
    const last = s.firstPage + s.pageCount - 1;
    return pdfText(deck.bytes, { first: s.firstPage, last, isLayout: true }).replace(/\s+/g, ' ');
  };

  it('compares with the latest snapshot by default, and with an older one when it is chosen', async () => {
    requirePoppler();
    const doc = withAfterLunch();
    const fonts = await deckFonts();
    const before = doc.snapshots.find((s) => s.name === 'Before lunch')!;
    const latest = changesIn(buildDeck(doc, { createdAt: '2026-02-10', fonts }));
    expect(latest).toContain('Changes since “After lunch”');
    expect(latest).toContain('Predictive inventory management');
    expect(latest).not.toContain('Churn prediction');
    const chosen = changesIn(
      buildDeck(doc, { createdAt: '2026-02-10', fonts, snapshotId: before.id }),
    );
    expect(chosen).toContain('Changes since “Before lunch”');
    // Everything since the morning: the churn card's move, the chatbot's phase, and the inventory.
    expect(chosen).toContain('Churn prediction');
    expect(chosen).toMatch(/Customer query chatbot .*backlog → Phase 1 - Foundation/);
    expect(chosen).toContain('Predictive inventory management');
  }, 60_000);
});
