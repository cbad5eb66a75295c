/**
 * The change plan (the seed's "Change Management"): per audience, the key message and the concerns
 * the room raised, as typed.
 */
import { CHANGE_AUDIENCE_LABELS, CHANGE_AUDIENCES } from '../../records/people.ts';
import type { DeckContext } from '../context.ts';
import { COLOURS } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const CHANGE_TITLE = 'Change plan';

/** One row per audience the room wrote something for: audience, key message, concerns. */
export function changeRows(ctx: DeckContext): TableRow[] {
  const plan = ctx.doc.workshop.changePlan;
  return CHANGE_AUDIENCES.filter(
    (a) => plan[a].message.trim() !== '' || plan[a].concerns.trim() !== '',
  ).map((a) => [
    { text: CHANGE_AUDIENCE_LABELS[a], style: 'bold' },
    plan[a].message.trim() === '' ? { text: '–', colour: COLOURS.inkSoft } : plan[a].message,
    plan[a].concerns.trim() === '' ? { text: '–', colour: COLOURS.inkSoft } : plan[a].concerns,
  ]);
}

function render(ctx: DeckContext, out: DeckWriter): void {
  drawTable(
    out,
    [
      { header: 'Audience', width: 150 },
      { header: 'Key message', width: 330, maxLines: 6 },
      { header: 'Concerns raised', width: 330, maxLines: 6 },
    ],
    changeRows(ctx),
    { section: CHANGE_TITLE, heading: CHANGE_TITLE },
  );
}

export const CHANGE_SECTION: DeckSection = {
  id: 'change',
  title: CHANGE_TITLE,
  description: 'Per audience, the key message and the concerns raised',
  hasData: (ctx) => changeRows(ctx).length > 0,
  render,
};
