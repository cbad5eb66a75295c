/**
 * The ranked table: every candidate by priority, the unscored last. It paginates with the header
 * row repeated on every page; long titles wrap to three lines and then end with an ellipsis.
 */
import { quadrantWords } from '../../domain/standing.ts';
import { formatScore } from '../../domain/scoring.ts';
import { quadrantColour } from '../charts.ts';
import type { DeckContext } from '../context.ts';
import { COLOURS } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableColumn, TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const RANKED_TITLE = 'Ranked candidates';

// Widths (in points, with 5 pt padding each side) fit on one line: the sample's longest title,
// department and phase, "Strategic bets", and a priority of 100 in bold.
const COLUMNS: readonly TableColumn[] = [
  { header: '#', width: 28, align: 'right' },
  { header: 'Candidate', width: 301, maxLines: 3 },
  { header: 'Department', width: 120, maxLines: 2 },
  { header: 'Quadrant', width: 110 },
  { header: 'V', width: 35, align: 'right' },
  { header: 'F', width: 35, align: 'right' },
  { header: 'P', width: 36, align: 'right' },
  { header: 'Effort', width: 52, align: 'center' },
  { header: 'Phase', width: 163, maxLines: 2 },
];

/** The table's rows, one per candidate in ranking order. */
export function rankedRows(ctx: DeckContext): TableRow[] {
  return ctx.ranked.map((r) => [
    String(r.rank),
    { text: r.candidate.title, style: 'bold' },
    r.candidate.department,
    {
      text: quadrantWords(r.standing),
      colour: quadrantColour(r.standing.quadrant),
      style: 'bold',
    },
    formatScore(r.scored.value),
    formatScore(r.scored.feasibility),
    { text: formatScore(r.scored.priority), style: 'bold' },
    r.candidate.effort,
    r.phase === null ? { text: 'Backlog', colour: COLOURS.inkSoft } : r.phase.name,
  ]);
}

function render(ctx: DeckContext, out: DeckWriter): void {
  drawTable(out, COLUMNS, rankedRows(ctx), { section: RANKED_TITLE, heading: RANKED_TITLE });
}

export const RANKED_SECTION: DeckSection = {
  id: 'ranked',
  title: RANKED_TITLE,
  description: 'Every candidate by priority, with V, F, quadrant, effort and phase',
  hasData: (ctx) => ctx.ranked.length > 0,
  render,
};
