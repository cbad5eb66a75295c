/**
 * The roadmap by phase: one column per phase with its capacity use and its candidates in order
 * (columns go on over more pages when long), then the roadmap checks — dependency problems first
 * — each with the sentence that says what to do.
 */
import { EFFORT_POINTS } from '../../domain/criteria.ts';
import { SEVERITY_COLOURS, SEVERITY_LABELS, capacityBar, pill } from '../charts.ts';
import type { DeckContext, RankedCandidate } from '../context.ts';
import { Flow } from '../flow.ts';
import type { Box } from '../layout.ts';
import { COLOURS, CONTENT, TYPE, columns, linesHeight } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { DeckWriter } from '../writer.ts';

export const ROADMAP_TITLE = 'Roadmap by phase';

const PHASES_PER_PAGE = 4;
const HEAD_HEIGHT = 92;
const EFFORT_WIDTH = 30;
const ITEM_GAP = 6;
/** Room kept under the columns for the backlog note. */
const NOTE_HEIGHT = 20;

interface Item {
  r: RankedCandidate;
  lines: string[];
  height: number;
  hasProblem: boolean;
}

function phaseHead(
  ctx: DeckContext,
  out: DeckWriter,
  phaseIndex: number,
  box: Box,
  isContinued: boolean,
): void {
  const phase = ctx.phases[phaseIndex];
  if (phase === undefined) return;
  const items = ctx.scheduled.get(phase.id) ?? [];
  const used = items.reduce((sum, r) => sum + EFFORT_POINTS[r.candidate.effort], 0);
  out.rect({ ...box, h: HEAD_HEIGHT - 8 }, COLOURS.panel);
  const inner = { x: box.x + 10, w: box.w - 20 };
  const name = out.text(
    isContinued ? `${phase.name} (continued)` : phase.name,
    { ...inner, y: box.y + 6, h: linesHeight(2, TYPE.body) },
    {
      size: TYPE.body,
      style: 'bold',
      isSingleLine: true,
    },
  );
  const spanY = box.y + 6 + Math.max(name.height, linesHeight(1, TYPE.body));
  if (phase.timeSpan.trim() !== '') {
    out.text(
      phase.timeSpan,
      { ...inner, y: spanY, h: 13 },
      { size: TYPE.small, colour: COLOURS.inkSoft, maxLines: 1 },
    );
  }
  const barY = box.y + HEAD_HEIGHT - 34;
  capacityBar(out, { x: inner.x, y: barY, w: inner.w, h: 8 }, used, phase.capacity);
  const over = used - phase.capacity;
  out.text(
    over > 0
      ? `${used} of ${phase.capacity} points: ${over} over capacity`
      : `${used} of ${phase.capacity} points`,
    { ...inner, y: barY + 11, h: 13 },
    {
      size: TYPE.small,
      style: 'bold',
      colour: over > 0 ? COLOURS.danger : COLOURS.inkSoft,
      maxLines: 1,
    },
  );
}

function drawItem(out: DeckWriter, item: Item, box: Box): void {
  const colour = item.hasProblem ? COLOURS.danger : COLOURS.ink;
  pill(
    out,
    item.r.candidate.effort,
    box.x,
    box.y,
    item.hasProblem ? COLOURS.danger : COLOURS.inkSoft,
    EFFORT_WIDTH,
  );
  out.lines(
    item.lines,
    { x: box.x + EFFORT_WIDTH + 4, y: box.y + 1, w: box.w - EFFORT_WIDTH - 4, h: item.height },
    {
      size: TYPE.compact,
      style: item.hasProblem ? 'bold' : 'normal',
      colour,
    },
  );
}

/** Splits a column's items into pages of at most `height` points each. */
function paginate(items: readonly Item[], height: number): Item[][] {
  const pages: Item[][] = [[]];
  let used = 0;
  for (const item of items) {
    const page = pages[pages.length - 1] as Item[];
    if (page.length > 0 && used + item.height + ITEM_GAP > height) {
      pages.push([item]);
      used = item.height + ITEM_GAP;
    } else {
      page.push(item);
      used += item.height + ITEM_GAP;
    }
  }
  return pages;
}

/** Draws the phase columns; returns the y under the last page's columns. */
function drawColumns(ctx: DeckContext, out: DeckWriter): number {
  const inProblem = new Set(
    ctx.issues.filter((i) => i.severity === 'error').flatMap((i) => i.candidateIds),
  );
  const perPage = Math.min(PHASES_PER_PAGE, ctx.phases.length);
  const boxes = columns(CONTENT, perPage, 16);
  const itemWidth = (boxes[0]?.w ?? CONTENT.w) - EFFORT_WIDTH - 4;
  const listHeight = CONTENT.h - HEAD_HEIGHT - NOTE_HEIGHT;
  let bottom = CONTENT.y;
  for (let first = 0; first < ctx.phases.length; first += perPage) {
    const indexes = ctx.phases.slice(first, first + perPage).map((_, i) => first + i);
    const paged = indexes.map((i) =>
      paginate(
        (ctx.scheduled.get(ctx.phases[i]?.id ?? '') ?? []).map((r) => {
          const hasProblem = inProblem.has(r.candidate.id);
          const text = `${hasProblem ? '! ' : ''}${r.candidate.title}`;
          const lines = out.fit(
            text,
            itemWidth,
            2,
            { size: TYPE.compact, style: hasProblem ? 'bold' : 'normal' },
            true,
          ).lines;
          return {
            r,
            lines,
            height: Math.max(16, linesHeight(lines.length, TYPE.compact)),
            hasProblem,
          };
        }),
        listHeight,
      ),
    );
    const pages = Math.max(1, ...paged.map((p) => p.length));
    for (let page = 0; page < pages; page += 1) {
      out.addPage(ROADMAP_TITLE);
      out.heading(page === 0 && first === 0 ? ROADMAP_TITLE : `${ROADMAP_TITLE} (continued)`);
      bottom = CONTENT.y + HEAD_HEIGHT;
      indexes.forEach((phaseIndex, c) => {
        const box = boxes[c];
        if (box === undefined) return;
        phaseHead(ctx, out, phaseIndex, box, page > 0);
        const items = paged[c]?.[page] ?? [];
        if (items.length === 0 && page === 0) {
          out.text(
            'Nothing scheduled yet.',
            { ...box, y: box.y + HEAD_HEIGHT, h: 16 },
            { size: TYPE.compact, colour: COLOURS.inkSoft, maxLines: 1 },
          );
        }
        let y = box.y + HEAD_HEIGHT;
        for (const item of items) {
          drawItem(out, item, { ...box, y, h: item.height });
          y += item.height + ITEM_GAP;
        }
        bottom = Math.max(bottom, y);
      });
    }
  }
  const backlog = ctx.ranked.length - ctx.scheduledCount;
  const notes = [
    backlog === 0
      ? 'Every candidate is scheduled.'
      : `Backlog: ${backlog} ${backlog === 1 ? 'candidate is' : 'candidates are'} not scheduled yet.`,
  ];
  if (inProblem.size > 0)
    notes.push('Red, with “!”: caught in a dependency problem (see the checks).');
  out.text(
    notes.join(' '),
    { x: CONTENT.x, y: bottom + 4, w: CONTENT.w, h: 16 },
    { size: TYPE.small, colour: COLOURS.inkSoft, maxLines: 1 },
  );
  return bottom + 4 + NOTE_HEIGHT;
}

function drawChecks(ctx: DeckContext, out: DeckWriter, y: number): void {
  const lineH = linesHeight(1, TYPE.compact);
  // Under the columns when a heading and two checks fit there, else on a page of their own.
  const hasRoom = CONTENT.y + CONTENT.h - y >= 30 + 2 * (2 * lineH + 10);
  const flow = new Flow(out, ROADMAP_TITLE, 'Roadmap checks', CONTENT, hasRoom ? y + 6 : undefined);
  if (hasRoom) {
    const top = flow.take(26);
    out.text(
      'Roadmap checks',
      { ...flow.box, y: top, h: 20 },
      { size: TYPE.body, style: 'bold', colour: COLOURS.accent, maxLines: 1 },
    );
  }
  const labelW = 76;
  for (const issue of ctx.issues) {
    const fitted = out.fit(issue.message, flow.box.w - labelW, 4, { size: TYPE.compact });
    const top = flow.take(fitted.lines.length * lineH + 10);
    pill(
      out,
      SEVERITY_LABELS[issue.severity],
      flow.box.x,
      top,
      SEVERITY_COLOURS[issue.severity],
      labelW - 10,
    );
    out.lines(
      fitted.lines,
      {
        x: flow.box.x + labelW,
        y: top + 1,
        w: flow.box.w - labelW,
        h: fitted.lines.length * lineH,
      },
      { size: TYPE.compact },
    );
  }
}

function render(ctx: DeckContext, out: DeckWriter): void {
  const y = drawColumns(ctx, out);
  if (ctx.issues.length > 0) drawChecks(ctx, out, y);
}

export const ROADMAP_SECTION: DeckSection = {
  id: 'roadmap',
  title: ROADMAP_TITLE,
  description: 'Phases with their capacity use and candidates, and the roadmap checks',
  hasData: (ctx) => ctx.phases.length > 0 && ctx.scheduledCount > 0,
  render,
};
