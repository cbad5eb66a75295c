/**
 * Running the room, in the deck (issue 11), each section shown only when it has data:
 * - **Voting results**: every revealed dot-voting round, ranked (room/voting.ts `tally`);
 * - **Where the room disagrees**: every revealed blind scoring round's contested and mixed items
 *   (room/blind.ts `scoreSpreads`), the contested first;
 * - **Changes since a snapshot**: what moved quadrant, phase or rank, added and removed
 *   (room/snapshots.ts `diffSnapshot`), since the chosen snapshot (the latest by default);
 * - **Decision log**: what the room decided, when, and why;
 * - **The agenda as run**: planned minutes against the time each step took.
 */
import { CRITERIA } from '../../domain/criteria.ts';
import { actualMinutes, sortSteps } from '../../room/agenda.ts';
import { AGREEMENT_LABELS, scoreSpreads } from '../../room/blind.ts';
import { describeMove, diffSnapshot } from '../../room/snapshots.ts';
import { tally } from '../../room/voting.ts';
import type { DeckContext } from '../context.ts';
import { Flow, subheading } from '../flow.ts';
import { COLOURS, LINE_HEIGHT, TYPE } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableRow } from '../table.ts';
import { drawTable } from '../table.ts';

function revealed(ctx: DeckContext, kind: 'dots' | 'scores') {
  return ctx.doc.rounds
    .filter((r) => r.kind === kind && r.revealedAt !== null)
    .sort((a, b) => ((a.revealedAt ?? '') < (b.revealedAt ?? '') ? -1 : 1));
}

// Voting results ------------------------------------------------------------------------------

export const VOTES_TITLE = 'Voting results';

export function voteRows(ctx: DeckContext): Array<{ round: string; rows: TableRow[] }> {
  return revealed(ctx, 'dots').map((round) => ({
    round: round.name,
    rows: tally(ctx.doc, round).map((r) => [
      `${r.rank}.`,
      { text: r.candidate.title, style: 'bold' },
      `${r.dots}`,
    ]),
  }));
}

export const VOTES_SECTION: DeckSection = {
  id: 'votes',
  title: VOTES_TITLE,
  description: 'The revealed dot-voting rounds, ranked',
  hasData: (ctx) => revealed(ctx, 'dots').length > 0,
  render(ctx, out) {
    const flow = new Flow(out, VOTES_TITLE, VOTES_TITLE);
    for (const { round, rows } of voteRows(ctx)) {
      subheading(out, flow, round);
      drawTable(
        out,
        [
          { header: 'Rank', width: 60, align: 'right' },
          { header: 'Candidate', width: 600, maxLines: 2 },
          { header: 'Dots', width: 100, align: 'right' },
        ],
        rows,
        { section: VOTES_TITLE, heading: VOTES_TITLE, flow },
      );
      flow.take(12);
    }
  },
};

// Where the room disagrees --------------------------------------------------------------------

export const DISAGREEMENT_TITLE = 'Where the room disagrees';

export function disagreementRows(ctx: DeckContext): Array<{ round: string; rows: TableRow[] }> {
  return revealed(ctx, 'scores').map((round) => ({
    round: round.name,
    rows: scoreSpreads(ctx.doc, round)
      .filter((s) => s.agreement !== 'agreed')
      .map((s) => [
        { text: s.candidate.title, style: 'bold' },
        CRITERIA[s.criterion].label,
        `${s.min}`,
        Number.isInteger(s.median) ? `${s.median}` : s.median.toFixed(1),
        `${s.max}`,
        {
          text: AGREEMENT_LABELS[s.agreement],
          ...(s.agreement === 'contested'
            ? { colour: COLOURS.danger, style: 'bold' as const }
            : {}),
        },
      ]),
  }));
}

export const DISAGREEMENT_SECTION: DeckSection = {
  id: 'disagreement',
  title: DISAGREEMENT_TITLE,
  description: 'Blind scoring: the contested items first, with min, median and max',
  hasData: (ctx) => disagreementRows(ctx).some((r) => r.rows.length > 0),
  render(ctx, out) {
    const flow = new Flow(out, DISAGREEMENT_TITLE, DISAGREEMENT_TITLE);
    for (const { round, rows } of disagreementRows(ctx)) {
      if (rows.length === 0) continue;
      subheading(out, flow, round);
      drawTable(
        out,
        [
          { header: 'Candidate', width: 300, maxLines: 2 },
          { header: 'Criterion', width: 220 },
          { header: 'Min', width: 60, align: 'right' },
          { header: 'Median', width: 70, align: 'right' },
          { header: 'Max', width: 60, align: 'right' },
          { header: 'Agreement', width: 120 },
        ],
        rows,
        { section: DISAGREEMENT_TITLE, heading: DISAGREEMENT_TITLE, flow },
      );
      flow.take(12);
    }
  },
};

// Changes since a snapshot ----------------------------------------------------------------------

export const CHANGES_TITLE = 'Changes since a snapshot';

export function changeRows(ctx: DeckContext): TableRow[] {
  if (ctx.snapshot === null) return [];
  const diff = diffSnapshot(ctx.snapshot.state, ctx.doc);
  return [
    ...diff.moved.map((m): TableRow => [
      { text: m.candidate.title, style: 'bold' },
      describeMove(m),
    ]),
    ...diff.added.map((c): TableRow => [{ text: c.title, style: 'bold' }, 'added']),
    ...diff.removed.map((c): TableRow => [{ text: c.title, style: 'bold' }, 'removed']),
  ];
}

export const CHANGES_SECTION: DeckSection = {
  id: 'snapshot',
  title: CHANGES_TITLE,
  description: 'What moved quadrant, phase or rank since a snapshot, and what was added or removed',
  hasData: (ctx) => changeRows(ctx).length > 0,
  render(ctx, out) {
    const snapshot = ctx.snapshot;
    if (snapshot === null) return;
    const heading = `Changes since “${snapshot.name}”`;
    const diff = diffSnapshot(snapshot.state, ctx.doc);
    drawTable(
      out,
      [
        { header: 'Candidate', width: 320, maxLines: 2 },
        { header: 'What changed', width: 560, maxLines: 2 },
      ],
      changeRows(ctx),
      {
        section: CHANGES_TITLE,
        heading,
        intro: (w, box) => {
          const text = `${diff.counts.quadrant} changed quadrant, ${diff.counts.phase} changed phase, ${diff.counts.rank} changed priority rank; ${diff.added.length} added, ${diff.removed.length} removed.`;
          w.text(
            text,
            { ...box, h: TYPE.compact * LINE_HEIGHT },
            { size: TYPE.compact, maxLines: 1, colour: COLOURS.inkSoft },
          );
          return TYPE.compact * LINE_HEIGHT + 8;
        },
      },
    );
  },
};

// The decision log ----------------------------------------------------------------------------

export const DECISIONS_TITLE = 'Decision log';

function clock(iso: string): string {
  // The deck is the same on every laptop: times in UTC, as written.
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function decisionRows(ctx: DeckContext): TableRow[] {
  return [...ctx.doc.decisions]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
    .map((d) => [
      clock(d.at),
      { text: d.what, style: 'bold' },
      d.why.trim() === '' ? { text: '–', colour: COLOURS.inkSoft } : d.why,
    ]);
}

export const DECISIONS_SECTION: DeckSection = {
  id: 'decisions',
  title: DECISIONS_TITLE,
  description: 'What the room decided, when, and why',
  hasData: (ctx) => ctx.doc.decisions.length > 0,
  render(ctx, out) {
    drawTable(
      out,
      [
        { header: 'When', width: 150 },
        { header: 'Decision', width: 380, maxLines: 3 },
        { header: 'Why', width: 350, maxLines: 3 },
      ],
      decisionRows(ctx),
      { section: DECISIONS_TITLE, heading: DECISIONS_TITLE },
    );
  },
};

// The agenda as run -------------------------------------------------------------------------------

export const AGENDA_TITLE = 'The agenda as run';

export function agendaRows(ctx: DeckContext): TableRow[] {
  return sortSteps(ctx.doc.agendaSteps).map((s) => {
    const actual = actualMinutes(s);
    const delta = actual === null ? null : actual - s.minutes;
    return [
      { text: s.name, style: 'bold' },
      `${s.minutes} min`,
      actual === null
        ? { text: s.startedAt === null ? 'not run' : 'under way', colour: COLOURS.inkSoft }
        : `${actual} min`,
      delta === null
        ? ''
        : {
            text: delta === 0 ? 'on time' : delta > 0 ? `${delta} min over` : `${-delta} min under`,
            ...(delta > 0 ? { colour: COLOURS.danger } : {}),
          },
    ];
  });
}

export const AGENDA_SECTION: DeckSection = {
  id: 'agenda',
  title: AGENDA_TITLE,
  description: 'Each agenda step: the minutes planned and the minutes it took',
  hasData: (ctx) => ctx.doc.agendaSteps.some((s) => s.startedAt !== null),
  render(ctx, out) {
    drawTable(
      out,
      [
        { header: 'Step', width: 360 },
        { header: 'Planned', width: 160, align: 'right' },
        { header: 'Took', width: 160, align: 'right' },
        { header: 'Against the plan', width: 200 },
      ],
      agendaRows(ctx),
      { section: AGENDA_TITLE, heading: AGENDA_TITLE },
    );
  },
};
