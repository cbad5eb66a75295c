/**
 * The talent plan (the seed's "People"): per phase, the gap between what its candidates need and
 * the people the organisation has, plans to upskill or hire, in the Scale screen's words; then the
 * capabilities with their supply, and the AI-literacy needs per audience.
 */
import { LITERACY_AUDIENCE_INFO, LITERACY_AUDIENCES } from '../../records/people.ts';
import { talentByPhase } from '../../scale/talent.ts';
import type { DeckContext } from '../context.ts';
import { Flow, subheading } from '../flow.ts';
import type { Colour } from '../layout.ts';
import { COLOURS, LINE_HEIGHT, TYPE } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const TALENT_TITLE = 'Talent plan';

/** One row per capability: name, have, upskill, hire, needed by. */
export function capabilityRows(ctx: DeckContext): TableRow[] {
  const needers = new Map<string, number>();
  for (const c of ctx.doc.candidates) {
    for (const id of c.capabilities) needers.set(id, (needers.get(id) ?? 0) + 1);
  }
  return ctx.doc.capabilities.map((k) => [
    { text: k.name, style: 'bold' },
    String(k.have),
    String(k.upskill),
    String(k.hire),
    String(needers.get(k.id) ?? 0),
  ]);
}

function hasLiteracy(ctx: DeckContext): boolean {
  return LITERACY_AUDIENCES.some((a) => ctx.doc.workshop.literacy[a].trim() !== '');
}

function render(ctx: DeckContext, out: DeckWriter): void {
  const flow = new Flow(out, TALENT_TITLE, TALENT_TITLE);
  const lineH = TYPE.compact * LINE_HEIGHT;
  const line = (text: string, colour: Colour, isBold = false) => {
    const fitted = out.fit(text, flow.box.w - 14, 3, {
      size: TYPE.compact,
      style: isBold ? 'bold' : 'normal',
    });
    const box = flow.block(fitted.lines.length * lineH + 6);
    out.rect({ x: box.x, y: box.y + 2, w: 5, h: fitted.lines.length * lineH - 4 }, colour);
    out.lines(
      fitted.lines,
      { ...box, x: box.x + 14, w: box.w - 14 },
      {
        size: TYPE.compact,
        style: isBold ? 'bold' : 'normal',
      },
    );
  };
  const phases = talentByPhase(ctx.doc).filter((p) => p.needs.length > 0);
  if (phases.length > 0) {
    subheading(out, flow, 'Gaps per phase');
    for (const p of phases) {
      for (const n of p.needs) {
        line(n.sentence, n.gap > 0 ? COLOURS.danger : COLOURS.quickWins, n.gap > 0);
      }
    }
    flow.take(10);
  }
  if (ctx.doc.capabilities.length > 0) {
    drawTable(
      out,
      [
        { header: 'Capability', width: 260, maxLines: 2 },
        { header: 'People now', width: 90, align: 'right' },
        { header: 'To upskill', width: 90, align: 'right' },
        { header: 'To hire', width: 90, align: 'right' },
        { header: 'Candidates needing it', width: 140, align: 'right' },
      ],
      capabilityRows(ctx),
      { section: TALENT_TITLE, heading: TALENT_TITLE, flow },
    );
    flow.take(10);
  }
  if (hasLiteracy(ctx)) {
    subheading(out, flow, 'AI literacy');
    for (const a of LITERACY_AUDIENCES) {
      const text = ctx.doc.workshop.literacy[a].trim();
      if (text === '') continue;
      line(`${LITERACY_AUDIENCE_INFO[a].label}: ${text}`, COLOURS.accent);
    }
  }
}

export const TALENT_SECTION: DeckSection = {
  id: 'talent',
  title: TALENT_TITLE,
  description: 'The capabilities needed per phase against the people you have, and AI literacy',
  hasData: (ctx) => ctx.doc.candidates.some((c) => c.capabilities.length > 0) || hasLiteracy(ctx),
  render,
};
