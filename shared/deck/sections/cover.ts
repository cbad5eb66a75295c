/**
 * The cover: the workshop's title (wrapped, never overflowing), the organisation, who facilitated
 * it and when, and the deck's contents with page numbers (filled in once the pages exist).
 */
import type { DeckContext } from '../context.ts';
import { formatDay } from '../identity.ts';
import { COLOURS, MARGIN, PAGE, TYPE, linesHeight } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { DeckWriter } from '../writer.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The facts under the title: facilitator, workshop day, what it covers. */
function coverFacts(ctx: DeckContext): string[] {
  const w = ctx.doc.workshop;
  const facts: string[] = [];
  if (w.facilitator.trim() !== '') facts.push(`Facilitated by ${w.facilitator.trim()}`);
  if (w.date !== '') facts.push(`Workshop of ${formatDay(w.date)}`);
  facts.push(
    `${plural(ctx.ranked.length, 'candidate', 'candidates')} · ${plural(ctx.phases.length, 'phase', 'phases')}`,
  );
  facts.push(`Deck made on ${formatDay(ctx.createdDay)}`);
  return facts;
}

const LEFT_WIDTH = 520;

function render(ctx: DeckContext, out: DeckWriter): void {
  const w = ctx.doc.workshop;
  out.addPage('Cover', { isCover: true });
  out.rect({ x: 0, y: 0, w: 14, h: PAGE.height }, COLOURS.accent);

  let y = 96;
  out.text(
    'AI strategy deck',
    { x: MARGIN, y, w: LEFT_WIDTH, h: 20 },
    {
      size: TYPE.body,
      style: 'bold',
      colour: COLOURS.accent,
      maxLines: 1,
    },
  );
  y += 30;
  const title = out.text(
    w.title,
    { x: MARGIN, y, w: LEFT_WIDTH, h: linesHeight(5, TYPE.title) },
    {
      size: TYPE.title,
      style: 'bold',
      isSingleLine: true,
    },
  );
  y += title.height + 12;
  if (w.organisation.trim() !== '') {
    const org = out.text(
      w.organisation,
      { x: MARGIN, y, w: LEFT_WIDTH, h: linesHeight(2, TYPE.heading) },
      {
        size: TYPE.heading,
        colour: COLOURS.inkSoft,
        isSingleLine: true,
      },
    );
    y += org.height + 16;
  }
  out.line(MARGIN, y, MARGIN + 120, y, COLOURS.accent, 3);
  y += 16;
  for (const fact of coverFacts(ctx)) {
    if (y > 470) break;
    const drawn = out.text(
      fact,
      { x: MARGIN, y, w: LEFT_WIDTH, h: linesHeight(1, TYPE.body) },
      {
        size: TYPE.body,
        maxLines: 1,
        isSingleLine: true,
      },
    );
    y += drawn.height + 4;
  }

  // The contents are known only once every section has drawn its pages.
  out.defer(() => {
    const x = 620;
    const width = PAGE.width - MARGIN - x;
    out.text(
      'Contents',
      { x, y: 96, w: width, h: 20 },
      { size: TYPE.body, style: 'bold', colour: COLOURS.accent },
    );
    let top = 126;
    for (const entry of ctx.contents) {
      if (entry.title === 'Cover') continue;
      if (top > 480) break;
      const number = String(entry.page);
      const nw = out.width(number, TYPE.compact) + 2;
      out.text(
        entry.title,
        { x, y: top, w: width - nw - 12, h: 16 },
        { size: TYPE.compact, maxLines: 1 },
      );
      out.text(
        number,
        { x: x + width - nw, y: top, w: nw, h: 16 },
        { size: TYPE.compact, align: 'right', colour: COLOURS.inkSoft, maxLines: 1 },
      );
      top += 22;
    }
  });
}

export const COVER_SECTION: DeckSection = {
  id: 'cover',
  title: 'Cover',
  description: 'Title, organisation, facilitator, date and contents',
  hasData: () => true,
  render,
};
