/**
 * One page per candidate, in ranking order: what it is (description), why the room judged it so
 * (rationale and notes, a kept placement's reason, a placement that differs from the scores), its
 * figures and criterion scores as small bars, its tags, and what it depends on and reuses.
 */
import {
  CRITERIA,
  EFFORT_POINTS,
  FEASIBILITY_CRITERIA,
  STAGE_LABELS,
  TAG_LABELS,
  VALUE_CRITERIA,
} from '../../domain/criteria.ts';
import type { Criterion } from '../../domain/criteria.ts';
import { formatScore } from '../../domain/scoring.ts';
import { pill, quadrantColour, quadrantName, scoreCells } from '../charts.ts';
import type { DeckContext, RankedCandidate } from '../context.ts';
import type { Box, Colour } from '../layout.ts';
import { COLOURS, MARGIN, PAGE, TYPE, linesHeight, linesThatFit } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { DeckWriter } from '../writer.ts';

export const CANDIDATES_TITLE = 'Candidates';

const TOP = 50;
const BODY_TOP = 126;
const BOTTOM = 500;
const LEFT: Box = { x: MARGIN, y: BODY_TOP, w: 520, h: BOTTOM - BODY_TOP };
const RIGHT: Box = { x: 600, y: BODY_TOP, w: PAGE.width - MARGIN - 600, h: BOTTOM - BODY_TOP };

/** The line under the title: rank, department, owner, stage, effort, phase. */
export function candidateFacts(r: RankedCandidate): string {
  const c = r.candidate;
  return [
    `#${r.rank}`,
    c.department.trim(),
    c.owner.trim() === '' ? '' : `Owner: ${c.owner.trim()}`,
    STAGE_LABELS[c.stage],
    `Effort ${c.effort} (${EFFORT_POINTS[c.effort]} ${EFFORT_POINTS[c.effort] === 1 ? 'pt' : 'pts'})`,
    r.phase === null ? 'Backlog' : r.phase.name,
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** The height a label takes, with the gap below it. */
const LABEL_HEIGHT = 16;

function label(out: DeckWriter, text: string, box: Box): number {
  out.text(
    text,
    { ...box, h: 14 },
    { size: TYPE.small, style: 'bold', colour: COLOURS.inkSoft, maxLines: 1 },
  );
  return LABEL_HEIGHT;
}

/**
 * A label at a place where it is on many one-pagers: drawn once in the deck and stamped on each
 * (DeckWriter.stamp), in its place in the page's order of reading.
 */
function stampedLabel(out: DeckWriter, text: string, box: Box): number {
  out.stamp(`label|${text}|${box.x}|${box.y}|${box.w}`, () => label(out, text, box));
  return LABEL_HEIGHT;
}

/**
 * Splits `lines` available lines between texts that need `needs` lines each: every text gets its
 * fair share, and what one does not use goes to the others.
 */
export function shareLines(needs: readonly number[], lines: number): number[] {
  const given = needs.map(() => 0);
  let left = Math.max(0, lines);
  let open = needs.map((_, i) => i).filter((i) => (needs[i] ?? 0) > 0);
  while (left > 0 && open.length > 0) {
    const share = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      const add = Math.min(share, (needs[i] ?? 0) - (given[i] ?? 0), left);
      given[i] = (given[i] ?? 0) + add;
      left -= add;
    }
    open = open.filter((i) => (given[i] ?? 0) < (needs[i] ?? 0));
  }
  return given;
}

function drawLeft(ctx: DeckContext, out: DeckWriter, r: RankedCandidate): void {
  const c = r.candidate;
  let bottom = LEFT.y + LEFT.h;
  // Kept placement and mismatch at the foot, so the long texts above cannot push them off.
  const footNotes: Array<{ text: string; colour: Colour }> = [];
  if (c.keptPlacement !== null) {
    footNotes.push({ text: `Placement kept: ${c.keptPlacement.reason}`, colour: COLOURS.accent });
  }
  if (r.mismatch !== null && c.placement !== null) {
    footNotes.push({
      text: `Placement differs from scores: placed at F ${formatScore(c.placement.x)} · V ${formatScore(c.placement.y)}, the scores say F ${formatScore(r.mismatch.x)} · V ${formatScore(r.mismatch.y)}.`,
      colour: COLOURS.danger,
    });
  }
  for (const dup of ctx.duplication) {
    if (dup.providerIds.includes(c.id)) {
      footNotes.push({ text: `Built twice: ${dup.message}`, colour: COLOURS.warning });
    }
  }
  const footSize = TYPE.compact;
  for (const note of [...footNotes].reverse()) {
    const fitted = out.fit(note.text, LEFT.w - 12, 3, { size: footSize, style: 'bold' });
    const h = linesHeight(fitted.lines.length, footSize);
    bottom -= h + 8;
    out.rect({ x: LEFT.x, y: bottom + 2, w: 4, h: h - 4 }, note.colour);
    out.lines(
      fitted.lines,
      { x: LEFT.x + 12, y: bottom, w: LEFT.w - 12, h },
      {
        size: footSize,
        style: 'bold',
        colour: note.colour,
      },
    );
  }

  const texts = [
    { title: 'Description', text: c.description },
    { title: 'Rationale and notes', text: c.notes },
  ].filter((t) => t.text.trim() !== '');
  if (texts.length === 0) {
    out.text(
      'No description or notes yet.',
      { ...LEFT, h: 18 },
      {
        size: TYPE.body,
        colour: COLOURS.inkSoft,
        maxLines: 1,
      },
    );
    return;
  }
  const labels = texts.length * 16 + (texts.length - 1) * 10;
  // Body size when everything fits at it, the compact size otherwise (more text on the page).
  // Each text is wrapped once per size tried, then cut to its share of the lines.
  const fitsAt = (size: number) => {
    const available = linesThatFit(bottom - LEFT.y - labels - 4, size);
    const wrapped = texts.map((t) => out.wrap(t.text, LEFT.w, { size }));
    const needs = wrapped.map((w) => w.length);
    return {
      size,
      available,
      wrapped,
      needs,
      isComplete: needs.reduce((a, b) => a + b, 0) <= available,
    };
  };
  const body = fitsAt(TYPE.body);
  const chosen = body.isComplete ? body : fitsAt(TYPE.compact);
  const given = shareLines(chosen.needs, chosen.available);
  let y = LEFT.y;
  texts.forEach((t, i) => {
    // The first label is at the top of every page that has it; the second moves with the text.
    y += (i === 0 ? stampedLabel : label)(out, t.title, { ...LEFT, y });
    const style = { size: chosen.size };
    const fitted = out.cut(chosen.wrapped[i] ?? [], LEFT.w, given[i] ?? 0, style);
    y +=
      out.lines(
        fitted.lines,
        { ...LEFT, y, h: linesHeight(fitted.lines.length, chosen.size) },
        style,
      ) + 10;
  });
}

function drawFigures(out: DeckWriter, r: RankedCandidate, y: number): number {
  const figures: Array<[string, number | null]> = [
    ['Value', r.scored.value],
    ['Feasibility', r.scored.feasibility],
    ['Priority', r.scored.priority],
  ];
  const w = RIGHT.w / 3;
  figures.forEach(([name, value], i) => {
    const x = RIGHT.x + i * w;
    out.stamp(`figure|${name}|${x}|${y}`, () =>
      out.text(
        name,
        { x, y, w: w - 8, h: 14 },
        { size: TYPE.small, style: 'bold', colour: COLOURS.inkSoft, maxLines: 1 },
      ),
    );
    out.text(
      formatScore(value),
      { x, y: y + 14, w: w - 8, h: linesHeight(1, TYPE.title) },
      { size: TYPE.title, style: 'bold', maxLines: 1 },
    );
  });
  const q = r.standing.quadrant;
  pill(out, quadrantName(q), RIGHT.x, y + 54, quadrantColour(q), RIGHT.w);
  if (r.standing.isScoredElsewhere && r.standing.scoredQuadrant !== null) {
    out.text(
      `Placed by the room; its scores say ${quadrantName(r.standing.scoredQuadrant)}.`,
      { x: RIGHT.x, y: y + 78, w: RIGHT.w, h: linesHeight(1, TYPE.compact) },
      { size: TYPE.compact, colour: COLOURS.inkSoft, maxLines: 1 },
    );
    return 96;
  }
  return 82;
}

function drawCriteria(ctx: DeckContext, out: DeckWriter, r: RankedCandidate, y: number): number {
  const c = r.candidate;
  const labelW = 196;
  const cellsW = 78;
  const rowH = 15;
  let top = y;
  const groups: Array<
    [string, readonly Criterion[], Record<string, number | null>, Record<string, number>]
  > = [
    ['Value criteria (1-5)', VALUE_CRITERIA, c.valueScores, ctx.settings.valueWeights],
    [
      'Feasibility criteria (1-5)',
      FEASIBILITY_CRITERIA,
      c.feasibilityScores,
      ctx.settings.feasibilityWeights,
    ],
  ];
  for (const [title, keys, scores, weights] of groups) {
    top += stampedLabel(out, title, { ...RIGHT, y: top });
    for (const key of keys) {
      const info = CRITERIA[key];
      const weight = weights[key] ?? 1;
      const name = `${info.label}${info.isInverted ? ' (5 = hard)' : ''}`;
      const colour =
        weight === 0 ? COLOURS.line : info.axis === 'value' ? COLOURS.accent : COLOURS.quickWins;
      const score = scores[key] ?? null;
      // A row's name and cells, at most six ways (one a score) on every one-pager.
      out.stamp(`criterion|${key}|${top}|${weight}|${score}`, () => {
        out.text(
          name,
          { x: RIGHT.x, y: top, w: labelW - 6, h: 13 },
          { size: TYPE.small, colour: weight === 0 ? COLOURS.inkSoft : COLOURS.ink, maxLines: 1 },
        );
        scoreCells(out, { x: RIGHT.x + labelW, y: top + 2, w: cellsW, h: 9 }, score, colour);
      });
      out.text(
        score === null ? '–' : String(score),
        { x: RIGHT.x + labelW + cellsW + 6, y: top, w: 20, h: 13 },
        { size: TYPE.small, style: 'bold', maxLines: 1 },
      );
      top += rowH;
    }
    top += 4;
  }
  return top - y;
}

function drawTagsAndLinks(ctx: DeckContext, out: DeckWriter, r: RankedCandidate, y: number): void {
  const c = r.candidate;
  const tags = [c.audience, c.horizon, c.approach].flatMap((t) =>
    t === null ? [] : [TAG_LABELS[t]],
  );
  let top = y;
  const bottom = RIGHT.y + RIGHT.h;
  top += stampedLabel(out, 'Tags', { ...RIGHT, y: top });
  if (tags.length === 0) {
    out.text(
      'None yet',
      { ...RIGHT, y: top, h: 14 },
      { size: TYPE.small, colour: COLOURS.inkSoft, maxLines: 1 },
    );
  } else {
    let x = RIGHT.x;
    for (const tag of tags) x += pill(out, tag, x, top, COLOURS.inkSoft, RIGHT.x + RIGHT.w - x) + 6;
  }
  top += 22;
  const names = (ids: readonly string[]) =>
    ids.map((id) => ctx.byId.get(id)?.candidate.title ?? id);
  const builds = ctx.reuse.filter((k) => k.provider?.id === c.id).map((k) => k.component.name);
  const reuses = ctx.reuse
    .filter((k) => k.consumers.some((x) => x.id === c.id))
    .map((k) => k.component.name);
  const links: Array<[string, string[]]> = [
    ['Depends on', names(c.dependencies)],
    ['Builds', builds],
    ['Reuses', reuses],
  ];
  for (const [title, items] of links) {
    if (items.length === 0) continue;
    const lines = Math.min(3, linesThatFit(bottom - top - 16, TYPE.small));
    if (lines <= 0) break;
    top += label(out, title, { ...RIGHT, y: top });
    const drawn = out.text(
      items.join(' · '),
      { ...RIGHT, y: top, h: linesHeight(lines, TYPE.small) },
      { size: TYPE.small, maxLines: lines },
    );
    top += drawn.height + 6;
  }
}

function drawCandidate(ctx: DeckContext, out: DeckWriter, r: RankedCandidate): void {
  out.addPage(CANDIDATES_TITLE);
  const title = out.text(
    r.candidate.title,
    { x: MARGIN, y: TOP, w: PAGE.width - 2 * MARGIN, h: linesHeight(2, TYPE.heading) },
    {
      size: TYPE.heading,
      style: 'bold',
      isSingleLine: true,
    },
  );
  out.text(
    candidateFacts(r),
    { x: MARGIN, y: TOP + Math.max(title.height, 25) + 2, w: PAGE.width - 2 * MARGIN, h: 16 },
    {
      size: TYPE.compact,
      colour: COLOURS.inkSoft,
      maxLines: 1,
      isSingleLine: true,
    },
  );
  drawLeft(ctx, out, r);
  let y = RIGHT.y;
  y += drawFigures(out, r, y);
  y += drawCriteria(ctx, out, r, y);
  drawTagsAndLinks(ctx, out, r, y + 4);
}

function render(ctx: DeckContext, out: DeckWriter): void {
  for (const r of ctx.ranked) drawCandidate(ctx, out, r);
}

export const CANDIDATES_SECTION: DeckSection = {
  id: 'candidates',
  title: CANDIDATES_TITLE,
  description: 'One page per candidate: description, scores, tags, dependencies and notes',
  hasData: (ctx) => ctx.ranked.length > 0,
  render,
};
