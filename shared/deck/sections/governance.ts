/**
 * Governance readiness: the heatmap of the Governance screen as a table, candidates down (by
 * priority, as the deck ranks them), the eleven items across under their areas, each cell its
 * state by colour, symbol and word; the readiness per candidate and per area on the right. It
 * paginates like every table, its header repeating on each page.
 */
import {
  GOVERNANCE_AREA_LABELS,
  GOVERNANCE_AREAS,
  GOVERNANCE_ITEM_INFO,
  GOVERNANCE_ITEMS,
  GOVERNANCE_STATE_MARKS,
} from '../../records/governance.ts';
import type { GovernanceState } from '../../records/governance.ts';
import {
  AREA_ITEMS,
  areaReadiness,
  formatReadiness,
  isGovernanceStarted,
  overallReadiness,
} from '../../scale/readiness.ts';
import type { DeckContext } from '../context.ts';
import type { Colour } from '../layout.ts';
import { TYPE } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { ColumnGroup, TableCell, TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const GOVERNANCE_TITLE = 'Governance readiness';

/** Each state's fill and ink; its symbol and word are the app's (records/governance.ts). */
const STATE_COLOURS: Readonly<Record<GovernanceState, { fill: Colour; colour: Colour }>> = {
  'not-started': { fill: '#fde8e8', colour: '#8b1a1a' },
  'in-progress': { fill: '#fff1cc', colour: '#6b4a00' },
  done: { fill: '#dff3e4', colour: '#14602b' },
  'n/a': { fill: '#eceff3', colour: '#4b5563' },
};

function stateCell(state: GovernanceState): TableCell {
  const { symbol, word } = GOVERNANCE_STATE_MARKS[state];
  return { ...STATE_COLOURS[state], text: `${symbol} ${word}` };
}

/** One row per candidate: title, the eleven states, readiness (all, then data · model · ethics). */
export function governanceRows(ctx: DeckContext): TableRow[] {
  return ctx.ranked.map(({ candidate }) => {
    const states = GOVERNANCE_ITEMS.map((item) => stateCell(candidate.governance[item].state));
    const areas = GOVERNANCE_AREAS.map((a) =>
      formatReadiness(areaReadiness(candidate.governance, a)),
    );
    return [
      { text: candidate.title, style: 'bold' },
      ...states,
      { text: `${formatReadiness(overallReadiness(candidate.governance))} (${areas.join(' · ')})` },
    ];
  });
}

function render(ctx: DeckContext, out: DeckWriter): void {
  let from = 1;
  const groups: ColumnGroup[] = GOVERNANCE_AREAS.map((area) => {
    const group = { label: GOVERNANCE_AREA_LABELS[area], from, span: AREA_ITEMS[area].length };
    from += group.span;
    return group;
  });
  drawTable(
    out,
    [
      { header: 'Candidate', width: 120, maxLines: 2 },
      ...GOVERNANCE_ITEMS.map((item) => ({
        header: GOVERNANCE_ITEM_INFO[item].short,
        width: 56,
        align: 'center' as const,
        maxLines: 2,
      })),
      { header: 'Readiness (data · model · ethics)', width: 88, maxLines: 2 },
    ],
    governanceRows(ctx),
    {
      section: GOVERNANCE_TITLE,
      heading: GOVERNANCE_TITLE,
      size: TYPE.small,
      groups,
      headerLines: 2,
      // Eleven narrow columns: regular weight lets each short name fit on two lines.
      headerStyle: 'normal',
    },
  );
}

export const GOVERNANCE_SECTION: DeckSection = {
  id: 'governance',
  title: GOVERNANCE_TITLE,
  description: 'The governance checklist of every candidate as a heatmap, with readiness',
  hasData: (ctx) => ctx.doc.candidates.some((c) => isGovernanceStarted(c.governance)),
  render,
};
