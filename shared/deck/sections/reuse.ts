/**
 * Reuse and duplication: the seed's platform mindset. Components built twice for the same data
 * (duplication) come first, as warnings with what to do; then every component with the
 * candidate that builds it and those that reuse it, the most reused first.
 */
import { COMPONENT_KIND_LABELS } from '../../records/component.ts';
import type { DeckContext } from '../context.ts';
import { Flow } from '../flow.ts';
import { COLOURS, LINE_HEIGHT, TYPE } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const REUSE_TITLE = 'Reuse and duplication';

/** One row per component: name, kind, data, builder, reusers. */
export function reuseRows(ctx: DeckContext): TableRow[] {
  return ctx.reuse.map(({ component, provider, consumers }) => [
    { text: component.name, style: 'bold' },
    COMPONENT_KIND_LABELS[component.kind],
    component.dataDomain.trim() === '' ? '–' : component.dataDomain,
    provider === null ? { text: 'Nobody yet', colour: COLOURS.danger } : provider.title,
    consumers.length === 0
      ? { text: 'Nobody yet', colour: COLOURS.inkSoft }
      : `${consumers.length}: ${consumers.map((c) => c.title).join(', ')}`,
  ]);
}

function render(ctx: DeckContext, out: DeckWriter): void {
  const flow = new Flow(out, REUSE_TITLE, REUSE_TITLE);
  const lineH = TYPE.compact * LINE_HEIGHT;
  if (ctx.duplication.length > 0) {
    const top = flow.take(22);
    out.text(
      'Built more than once',
      { ...flow.box, y: top, h: 20 },
      { size: TYPE.body, style: 'bold', colour: COLOURS.danger, maxLines: 1 },
    );
    for (const dup of ctx.duplication) {
      const fitted = out.fit(dup.message, flow.box.w - 14, 3, { size: TYPE.compact });
      const h = fitted.lines.length * lineH;
      const y = flow.take(h + 8);
      out.rect({ x: flow.box.x, y: y + 2, w: 5, h: h - 4 }, COLOURS.danger);
      out.lines(
        fitted.lines,
        { x: flow.box.x + 14, y, w: flow.box.w - 14, h },
        { size: TYPE.compact },
      );
    }
    flow.take(10);
  }
  if (ctx.reuse.length === 0) return;
  drawTable(
    out,
    [
      { header: 'Component', width: 200, maxLines: 2 },
      { header: 'Kind', width: 120 },
      { header: 'Data', width: 120, maxLines: 2 },
      { header: 'Built by', width: 180, maxLines: 2 },
      { header: 'Reused by', width: 260, maxLines: 3 },
    ],
    reuseRows(ctx),
    { section: REUSE_TITLE, heading: REUSE_TITLE, flow },
  );
}

export const REUSE_SECTION: DeckSection = {
  id: 'reuse',
  title: REUSE_TITLE,
  description: 'Reusable components, who builds and reuses them, and what is built twice',
  hasData: (ctx) => ctx.reuse.length > 0 || ctx.duplication.length > 0,
  render,
};
