/**
 * The executive summary, on one page: how many candidates fall in each quadrant, the scaling
 * blueprint and the top governance gaps, the five with the highest priority (with V and F), and
 * the key warnings of the roadmap checks, the portfolio
 * balance and the duplication check. Warnings that do not fit are counted, not dropped silently.
 */
import { QUADRANTS, QUADRANT_LABELS, formatScore } from '../../domain/scoring.ts';
import type { Quadrant } from '../../domain/scoring.ts';
import { QUADRANT_COLOURS, SEVERITY_COLOURS, quadrantColour, quadrantName } from '../charts.ts';
import type { DeckContext, RankedCandidate } from '../context.ts';
import type { Box, Colour } from '../layout.ts';
import { COLOURS, CONTENT, LINE_HEIGHT, TYPE, columns, linesHeight } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import { GOVERNANCE_ITEM_INFO } from '../../records/governance.ts';
import { chooseBlueprint, PILOT_MAX_TOTAL } from '../../scale/blueprint.ts';
import { governanceGaps } from '../../scale/readiness.ts';
import type { DeckWriter } from '../writer.ts';

export const SUMMARY_TITLE = 'Executive summary';

/** What each quadrant means, in a few words for the tiles. */
const QUADRANT_HINTS: Readonly<Record<Quadrant, string>> = {
  'quick-wins': 'high value, feasible now',
  'strategic-bets': 'high value, harder to do',
  'fill-ins': 'easy, modest value',
  reconsider: 'low on both',
};

export interface KeyWarning {
  /** Where it comes from: "Roadmap", "Balance", "Duplication". */
  source: string;
  colour: Colour;
  message: string;
}

/**
 * The warnings a leader must see, most serious first: roadmap errors and warnings (hints stay in
 * the roadmap section), the portfolio balance's out-of-band advice (for the roadmap once anything
 * is scheduled, else for all candidates), then duplicated components.
 */
export function keyWarnings(ctx: DeckContext): KeyWarning[] {
  const warnings: KeyWarning[] = [];
  for (const issue of ctx.issues) {
    if (issue.severity === 'hint') continue;
    warnings.push({
      source: 'Roadmap',
      colour: SEVERITY_COLOURS[issue.severity],
      message: issue.message,
    });
  }
  const group = ctx.scheduledCount > 0 ? ctx.balance.roadmap : ctx.balance.all;
  for (const d of group.dimensions) {
    if (d.advice !== null)
      warnings.push({ source: 'Balance', colour: COLOURS.warning, message: d.advice });
  }
  for (const dup of ctx.duplication) {
    warnings.push({ source: 'Duplication', colour: COLOURS.warning, message: dup.message });
  }
  return warnings;
}

/**
 * From pilot to scale in one or two lines: the scaling blueprint (or why there is none yet) and
 * the top governance gaps of the candidates on the roadmap (all candidates while nothing is
 * scheduled).
 */
export function scaleLine(ctx: DeckContext): string {
  const blueprint = chooseBlueprint(ctx.doc);
  const pilot =
    blueprint.recommended === null
      ? blueprint.pilots.length === 0
        ? 'Scaling blueprint: no pilot has succeeded yet.'
        : 'Scaling blueprint: no pilot is ready to scale yet.'
      : `Scaling blueprint: “${blueprint.recommended.candidate.title}” (${blueprint.recommended.total ?? 0} of ${PILOT_MAX_TOTAL}).`;
  const among =
    ctx.scheduledCount > 0
      ? ctx.doc.candidates.filter((c) => ctx.byId.get(c.id)?.phase != null)
      : ctx.doc.candidates;
  const gaps = governanceGaps(among);
  const where = ctx.scheduledCount > 0 ? 'scheduled candidates' : 'candidates';
  const gapText =
    gaps.length === 0
      ? 'No governance item is open.'
      : `Top governance gaps (open on how many of the ${among.length} ${where}): ${gaps.map((g) => `${GOVERNANCE_ITEM_INFO[g.item].label} ${g.count}`).join(', ')}.`;
  return `${pilot} ${gapText}`;
}

/** The five candidates with the highest priority (scored ones only). */
export function topPriorities(ctx: DeckContext, count = 5): RankedCandidate[] {
  return ctx.ranked.filter((r) => r.scored.priority !== null).slice(0, count);
}

function drawTiles(ctx: DeckContext, out: DeckWriter, box: Box): void {
  columns(box, QUADRANTS.length, 12).forEach((tile, i) => {
    const q = QUADRANTS[i] as Quadrant;
    out.rect(tile, COLOURS.panel);
    out.rect({ ...tile, w: 6 }, QUADRANT_COLOURS[q]);
    const inner = { x: tile.x + 16, w: tile.w - 24 };
    out.text(
      String(ctx.quadrantCounts[q]),
      { ...inner, y: tile.y + 6, h: linesHeight(1, TYPE.title) },
      {
        size: TYPE.title,
        style: 'bold',
        colour: QUADRANT_COLOURS[q],
        maxLines: 1,
      },
    );
    out.text(
      QUADRANT_LABELS[q],
      { ...inner, y: tile.y + 42, h: linesHeight(1, TYPE.body) },
      {
        size: TYPE.body,
        style: 'bold',
        maxLines: 1,
      },
    );
    out.text(
      QUADRANT_HINTS[q],
      { ...inner, y: tile.y + 60, h: linesHeight(1, TYPE.small) },
      {
        size: TYPE.small,
        colour: COLOURS.inkSoft,
        maxLines: 1,
      },
    );
  });
}

function drawTopPriorities(ctx: DeckContext, out: DeckWriter, box: Box): void {
  out.text(
    'Top priorities',
    { ...box, h: 20 },
    { size: TYPE.body, style: 'bold', colour: COLOURS.accent, maxLines: 1 },
  );
  const top = topPriorities(ctx);
  let y = box.y + 26;
  if (top.length === 0) {
    out.text(
      'No candidate is scored on both value and feasibility yet.',
      { ...box, y, h: 40 },
      {
        size: TYPE.compact,
        colour: COLOURS.inkSoft,
      },
    );
    return;
  }
  // Columns: rank, title, quadrant, V, F, P.
  const widths = { rank: 28, quadrant: 110, score: 34 };
  const titleW = box.w - widths.rank - widths.quadrant - 3 * widths.score - 12;
  const xs = {
    rank: box.x,
    title: box.x + widths.rank,
    quadrant: box.x + widths.rank + titleW + 12,
    v: box.x + box.w - 3 * widths.score,
    f: box.x + box.w - 2 * widths.score,
    p: box.x + box.w - widths.score,
  };
  const small = { size: TYPE.small, style: 'bold' as const, colour: COLOURS.inkSoft, maxLines: 1 };
  const headerH = linesHeight(1, TYPE.small);
  out.text('Quadrant', { x: xs.quadrant, y, w: widths.quadrant, h: headerH }, small);
  out.text('V', { x: xs.v, y, w: widths.score, h: headerH }, { ...small, align: 'right' });
  out.text('F', { x: xs.f, y, w: widths.score, h: headerH }, { ...small, align: 'right' });
  out.text('P', { x: xs.p, y, w: widths.score, h: headerH }, { ...small, align: 'right' });
  y += headerH + 4;
  out.line(box.x, y, box.x + box.w, y, COLOURS.inkSoft, 0.75);
  const lineH = TYPE.body * LINE_HEIGHT;
  for (const r of top) {
    const title = out.fit(r.candidate.title, titleW, 2, { size: TYPE.body, style: 'bold' }, true);
    const rowH = Math.max(1, title.lines.length) * lineH + 10;
    const rowTop = y + 5;
    const one = (
      text: string,
      x: number,
      w: number,
      colour: Colour = COLOURS.ink,
      align: 'left' | 'right' = 'right',
    ) =>
      out.text(
        text,
        { x, y: rowTop, w, h: lineH },
        { size: TYPE.body, colour, align, maxLines: 1 },
      );
    one(`${r.rank}.`, xs.rank, widths.rank - 6, COLOURS.inkSoft, 'left');
    out.lines(
      title.lines,
      { x: xs.title, y: rowTop, w: titleW, h: rowH },
      { size: TYPE.body, style: 'bold' },
    );
    out.text(
      quadrantName(r.standing.quadrant),
      { x: xs.quadrant, y: rowTop + 2, w: widths.quadrant, h: lineH },
      {
        size: TYPE.compact,
        style: 'bold',
        colour: quadrantColour(r.standing.quadrant),
        maxLines: 1,
      },
    );
    one(formatScore(r.scored.value), xs.v, widths.score);
    one(formatScore(r.scored.feasibility), xs.f, widths.score);
    out.text(
      formatScore(r.scored.priority),
      { x: xs.p, y: rowTop, w: widths.score, h: lineH },
      {
        size: TYPE.body,
        style: 'bold',
        align: 'right',
        maxLines: 1,
      },
    );
    y += rowH;
    out.line(box.x, y, box.x + box.w, y, COLOURS.line, 0.5);
  }
}

function drawWarnings(ctx: DeckContext, out: DeckWriter, box: Box): void {
  out.text(
    'Key warnings',
    { ...box, h: 20 },
    { size: TYPE.body, style: 'bold', colour: COLOURS.accent, maxLines: 1 },
  );
  const warnings = keyWarnings(ctx);
  let y = box.y + 26;
  const bottom = box.y + box.h;
  const lineH = TYPE.compact * LINE_HEIGHT;
  if (warnings.length === 0) {
    out.text(
      'None: the roadmap checks, the portfolio balance and the reuse check raise nothing.',
      { ...box, y, h: 60 },
      {
        size: TYPE.compact,
        colour: COLOURS.inkSoft,
      },
    );
    return;
  }
  const moreH = lineH + 4;
  let shown = 0;
  for (const [i, warning] of warnings.entries()) {
    const isLast = i === warnings.length - 1;
    const room = bottom - y - (isLast ? 0 : moreH);
    const text = `${warning.source}: ${warning.message}`;
    const lines = Math.min(4, Math.floor(room / lineH));
    if (lines < 2) break;
    const fitted = out.fit(text, box.w - 14, lines, { size: TYPE.compact });
    out.rect({ x: box.x, y: y + 3, w: 5, h: fitted.lines.length * lineH - 6 }, warning.colour);
    out.lines(
      fitted.lines,
      { x: box.x + 14, y, w: box.w - 14, h: fitted.lines.length * lineH },
      { size: TYPE.compact },
    );
    y += fitted.lines.length * lineH + 8;
    shown += 1;
  }
  const rest = warnings.length - shown;
  if (rest > 0) {
    out.text(
      `+ ${rest} more ${rest === 1 ? 'warning' : 'warnings'} in the sections that follow.`,
      { ...box, y, h: moreH },
      {
        size: TYPE.compact,
        style: 'bold',
        colour: COLOURS.inkSoft,
        maxLines: 1,
      },
    );
  }
}

function render(ctx: DeckContext, out: DeckWriter): void {
  out.addPage(SUMMARY_TITLE);
  out.heading(SUMMARY_TITLE);
  drawTiles(ctx, out, { ...CONTENT, h: 80 });
  const scored = ctx.ranked.length - ctx.unscoredCount;
  const note =
    ctx.unscoredCount === 0
      ? `All ${ctx.ranked.length} candidates are scored on value and feasibility.`
      : `${scored} of ${ctx.ranked.length} candidates are scored on value and feasibility; ${ctx.unscoredCount} still ${ctx.unscoredCount === 1 ? 'needs' : 'need'} scores.`;
  out.text(
    note,
    { x: CONTENT.x, y: CONTENT.y + 88, w: CONTENT.w, h: 16 },
    {
      size: TYPE.compact,
      colour: COLOURS.inkSoft,
      maxLines: 1,
    },
  );
  out.text(
    scaleLine(ctx),
    { x: CONTENT.x, y: CONTENT.y + 106, w: CONTENT.w, h: linesHeight(2, TYPE.compact) },
    { size: TYPE.compact, style: 'bold', maxLines: 2 },
  );
  const rest = { ...CONTENT, y: CONTENT.y + 146, h: CONTENT.h - 146 };
  const [left, right] = columns(rest, 2, 36);
  if (left !== undefined) drawTopPriorities(ctx, out, { ...left, w: left.w + 60 });
  if (right !== undefined) drawWarnings(ctx, out, { ...right, x: right.x + 60, w: right.w - 60 });
}

export const SUMMARY_SECTION: DeckSection = {
  id: 'summary',
  title: SUMMARY_TITLE,
  description: 'Candidates per quadrant, the top 5 priorities and the key warnings',
  hasData: (ctx) => ctx.ranked.length > 0,
  render,
};
