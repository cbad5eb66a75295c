/**
 * The matrix: value (V, up) against feasibility (F, across), split into the four quadrants at the
 * workshop's thresholds, one dot per candidate where the room placed it (or, unplaced, where its
 * scores put it), sized by effort. A placement that differs from the scores shows a ring at the
 * scored spot, as on screen. Few dots get their titles; a crowded matrix gets the ranking's
 * numbers and a legend instead, and any label without a free place is left off the chart (the
 * legend gives its position), so labels never pile into an unreadable heap.
 */
import { scaleLinear, scaleSqrt } from 'd3';
import { EFFORT_POINTS, EFFORT_SIZES } from '../../domain/criteria.ts';
import { formatScore } from '../../domain/scoring.ts';
import type { Quadrant } from '../../domain/scoring.ts';
import { QUADRANT_COLOURS, quadrantColour, quadrantName, tint } from '../charts.ts';
import type { DeckContext, RankedCandidate } from '../context.ts';
import { Flow } from '../flow.ts';
import type { Box } from '../layout.ts';
import { COLOURS, CONTENT, LINE_HEIGHT, PAGE, TYPE, columns, linesHeight } from '../layout.ts';
import type { Dot, LabelRequest } from '../matrix-labels.ts';
import { placeLabels } from '../matrix-labels.ts';
import type { DeckSection } from '../section.ts';
import type { DeckWriter } from '../writer.ts';

export const MATRIX_TITLE = 'Value / feasibility matrix';

/** Up to this many dots are labelled with their titles; more get numbers and a legend. */
export const MAX_TITLE_LABELS = 16;
const TITLE_LABEL_WIDTH = 180;

// The quadrant names sit in strips above and below the plot, where no dot can hide them.
const NAME_HEIGHT = linesHeight(1, TYPE.compact);
const PLOT: Box = { x: 92, y: CONTENT.y + NAME_HEIGHT + 4, w: 470, h: 328 };
const LEGEND: Box = { x: 596, y: CONTENT.y, w: PAGE.width - 40 - 596, h: CONTENT.h };

/** The largest dot's radius: the scales keep 0 and 100 this far inside the plot's frame. */
const MAX_RADIUS = 10;
const x = scaleLinear()
  .domain([0, 100])
  .range([PLOT.x + MAX_RADIUS + 1, PLOT.x + PLOT.w - MAX_RADIUS - 1]);
const y = scaleLinear()
  .domain([0, 100])
  .range([PLOT.y + PLOT.h - MAX_RADIUS - 1, PLOT.y + MAX_RADIUS + 1]);

/** Dot radius by effort points: area grows with effort (S=1 ... XL=8). */
const radius = scaleSqrt().domain([0, 8]).range([0, MAX_RADIUS]);

interface Plotted {
  r: RankedCandidate;
  x: number;
  y: number;
  radius: number;
  quadrant: Quadrant;
}

type LabelMode = 'titles' | 'numbers';

/** Where each dot goes on the page. */
function plot(ctx: DeckContext): Plotted[] {
  return ctx.ranked.flatMap((r) =>
    r.spot === null || r.standing.quadrant === null
      ? []
      : [
          {
            r,
            x: x(r.spot.x),
            y: y(r.spot.y),
            radius: radius(EFFORT_POINTS[r.candidate.effort]),
            quadrant: r.standing.quadrant,
          },
        ],
  );
}

/** The quadrant names' boxes: above the plot for the high-value quadrants, below it for the others. */
function quadrantNameBoxes(): Array<{ quadrant: Quadrant; box: Box; align: 'left' | 'right' }> {
  const w = PLOT.w / 2 - 4;
  const top = CONTENT.y;
  const bottom = PLOT.y + PLOT.h + 20;
  const left = PLOT.x;
  const right = PLOT.x + PLOT.w - w;
  return [
    { quadrant: 'strategic-bets', box: { x: left, y: top, w, h: NAME_HEIGHT }, align: 'left' },
    { quadrant: 'quick-wins', box: { x: right, y: top, w, h: NAME_HEIGHT }, align: 'right' },
    { quadrant: 'reconsider', box: { x: left, y: bottom, w, h: NAME_HEIGHT }, align: 'left' },
    { quadrant: 'fill-ins', box: { x: right, y: bottom, w, h: NAME_HEIGHT }, align: 'right' },
  ];
}

function drawFrame(ctx: DeckContext, out: DeckWriter): void {
  const tx = x(ctx.settings.thresholds.feasibility);
  const ty = y(ctx.settings.thresholds.value);
  const areas: Array<[Quadrant, Box]> = [
    ['strategic-bets', { x: PLOT.x, y: PLOT.y, w: tx - PLOT.x, h: ty - PLOT.y }],
    ['quick-wins', { x: tx, y: PLOT.y, w: PLOT.x + PLOT.w - tx, h: ty - PLOT.y }],
    ['reconsider', { x: PLOT.x, y: ty, w: tx - PLOT.x, h: PLOT.y + PLOT.h - ty }],
    ['fill-ins', { x: tx, y: ty, w: PLOT.x + PLOT.w - tx, h: PLOT.y + PLOT.h - ty }],
  ];
  for (const [q, box] of areas) out.rect(box, tint(QUADRANT_COLOURS[q], 0.1));
  out.rect(PLOT, null, COLOURS.inkSoft, 1);
  out.line(tx, PLOT.y, tx, PLOT.y + PLOT.h, COLOURS.inkSoft, 1, [4, 3]);
  out.line(PLOT.x, ty, PLOT.x + PLOT.w, ty, COLOURS.inkSoft, 1, [4, 3]);
  for (const { quadrant, box, align } of quadrantNameBoxes()) {
    out.text(quadrantName(quadrant), box, {
      size: TYPE.compact,
      style: 'bold',
      colour: QUADRANT_COLOURS[quadrant],
      align,
      maxLines: 1,
    });
  }
  // Ticks: 0, 50, 100 and the thresholds.
  const small = { size: TYPE.small, colour: COLOURS.inkSoft, maxLines: 1 };
  for (const v of [0, 25, 50, 75, 100]) {
    out.text(
      String(v),
      { x: x(v) - 15, y: PLOT.y + PLOT.h + 4, w: 30, h: 13 },
      { ...small, align: 'center' },
    );
    out.text(
      String(v),
      { x: PLOT.x - 34, y: y(v) - 6.5, w: 28, h: 13 },
      { ...small, align: 'right' },
    );
  }
  out.text(
    'Feasibility (F) →',
    { x: PLOT.x, y: PLOT.y + PLOT.h + 20 + NAME_HEIGHT + 2, w: PLOT.w, h: 16 },
    {
      size: TYPE.compact,
      style: 'bold',
      align: 'center',
      maxLines: 1,
    },
  );
  out.upwardText('Value (V) →', PLOT.x - 52, PLOT.y + PLOT.h / 2, PLOT.h, {
    size: TYPE.compact,
    style: 'bold',
  });
}

function drawDots(out: DeckWriter, dots: readonly Plotted[]): void {
  for (const d of dots) {
    if (d.r.mismatch === null) continue;
    const sx = x(d.r.mismatch.x);
    const sy = y(d.r.mismatch.y);
    out.line(d.x, d.y, sx, sy, COLOURS.danger, 0.75, [2, 2]);
    out.circle(sx, sy, d.radius, null, COLOURS.danger, 1);
  }
  // Biggest first, so that small dots stay visible on top of big ones.
  const order = [...dots].sort((a, b) => b.radius - a.radius || b.r.rank - a.r.rank);
  for (const d of order)
    out.circle(d.x, d.y, d.radius, quadrantColour(d.quadrant), COLOURS.paper, 1);
}

interface Labelled {
  mode: LabelMode;
  boxes: Map<string, Box>;
  texts: Map<string, string>;
}

/** Chooses titles or numbers, and places the labels. */
function labelDots(out: DeckWriter, dots: readonly Plotted[]): Labelled {
  const h = linesHeight(1, TYPE.small);
  const circles: Dot[] = dots.map((d) => ({ x: d.x, y: d.y, r: d.radius }));
  // A mismatch's ring and dashed line must stay readable too: labels avoid them like dots (the
  // line as a string of small dots every few points).
  for (const d of dots) {
    if (d.r.mismatch === null) continue;
    const sx = x(d.r.mismatch.x);
    const sy = y(d.r.mismatch.y);
    circles.push({ x: sx, y: sy, r: d.radius + 1 });
    const steps = Math.ceil(Math.hypot(sx - d.x, sy - d.y) / 4);
    for (let i = 1; i < steps; i += 1) {
      circles.push({
        x: d.x + ((sx - d.x) * i) / steps,
        y: d.y + ((sy - d.y) * i) / steps,
        r: 1.5,
      });
    }
  }
  const attempt = (mode: LabelMode) => {
    const texts = new Map<string, string>();
    const requests: LabelRequest[] = dots.map((d) => {
      const text =
        mode === 'titles'
          ? out.ellipsize(d.r.candidate.title, TITLE_LABEL_WIDTH, { size: TYPE.small })
          : String(d.r.rank);
      texts.set(d.r.candidate.id, text);
      const w = out.width(text, TYPE.small, mode === 'numbers' ? 'bold' : 'normal') + 1;
      return { id: d.r.candidate.id, x: d.x, y: d.y, r: d.radius, w, h };
    });
    return { mode, texts, boxes: placeLabels(requests, circles, PLOT) };
  };
  if (dots.length <= MAX_TITLE_LABELS) {
    const titles = attempt('titles');
    if (titles.boxes.size === dots.length) return titles;
  }
  return attempt('numbers');
}

function drawEffortKey(out: DeckWriter, box: Box, hasMismatch: boolean): number {
  out.text(
    'Dot size = effort',
    { ...box, h: 16 },
    { size: TYPE.compact, style: 'bold', maxLines: 1 },
  );
  let x = box.x;
  const cy = box.y + 34;
  for (const size of EFFORT_SIZES) {
    const r = radius(EFFORT_POINTS[size]);
    out.circle(x + r, cy, r, COLOURS.inkSoft, null);
    const label = `${size} (${EFFORT_POINTS[size]})`;
    const w = out.width(label, TYPE.small) + 1;
    out.text(label, { x: x + 2 * r + 4, y: cy - 6.5, w, h: 13 }, { size: TYPE.small, maxLines: 1 });
    x += 2 * r + 4 + w + 14;
  }
  let used = 56;
  if (hasMismatch) {
    const y = box.y + used;
    out.circle(box.x + 6, y + 7, 6, null, COLOURS.danger, 1);
    out.text(
      'Where the scores put a card the room placed elsewhere',
      { x: box.x + 18, y, w: box.w - 18, h: 28 },
      {
        size: TYPE.small,
        colour: COLOURS.inkSoft,
      },
    );
    used += 30;
  }
  return used;
}

/** One legend entry: the number, the title and where the dot is. */
function legendEntry(out: DeckWriter, r: RankedCandidate, box: Box, isOnChart: boolean): void {
  const size = TYPE.small;
  const numberW = out.width('000', size, 'bold') + 4;
  const where = r.spot === null ? '' : `F ${formatScore(r.spot.x)} · V ${formatScore(r.spot.y)}`;
  const whereW = out.width('F 100 · V 100', size) + 2;
  out.text(
    String(r.rank),
    { x: box.x, y: box.y, w: numberW - 4, h: box.h },
    {
      size,
      style: 'bold',
      align: 'right',
      colour: quadrantColour(r.standing.quadrant),
      maxLines: 1,
    },
  );
  out.text(
    r.candidate.title,
    { x: box.x + numberW, y: box.y, w: box.w - numberW - whereW - 6, h: box.h },
    {
      size,
      maxLines: 1,
      isSingleLine: true,
    },
  );
  out.text(
    where,
    { x: box.x + box.w - whereW, y: box.y, w: whereW, h: box.h },
    {
      size,
      align: 'right',
      colour: isOnChart ? COLOURS.inkSoft : COLOURS.danger,
      maxLines: 1,
    },
  );
}

function render(ctx: DeckContext, out: DeckWriter): void {
  out.addPage(MATRIX_TITLE);
  out.heading(MATRIX_TITLE);
  drawFrame(ctx, out);
  const dots = plot(ctx);
  drawDots(out, dots);
  const labels = labelDots(out, dots);
  for (const d of dots) {
    const box = labels.boxes.get(d.r.candidate.id);
    const text = labels.texts.get(d.r.candidate.id);
    if (box === undefined || text === undefined) continue;
    out.lines([text], box, {
      size: TYPE.small,
      style: labels.mode === 'numbers' ? 'bold' : 'normal',
      colour: labels.mode === 'numbers' ? quadrantColour(d.quadrant) : COLOURS.ink,
    });
  }

  let y = LEGEND.y;
  y += drawEffortKey(
    out,
    { ...LEGEND, y },
    dots.some((d) => d.r.mismatch !== null),
  );
  const waiting = ctx.ranked.length - dots.length;
  const unlabelled = dots.length - labels.boxes.size;
  const notes: string[] = [];
  if (waiting > 0) {
    notes.push(
      `${waiting} ${waiting === 1 ? 'candidate is' : 'candidates are'} not on the matrix yet: ${waiting === 1 ? 'it is' : 'they are'} neither placed nor scored on both axes.`,
    );
  }
  if (unlabelled > 0) {
    notes.push(
      `${unlabelled} ${unlabelled === 1 ? 'dot sits' : 'dots sit'} too close to others to be numbered: the legend gives ${unlabelled === 1 ? 'its' : 'their'} position in red.`,
    );
  }
  for (const note of notes) {
    const drawn = out.text(
      note,
      { ...LEGEND, y, h: linesHeight(3, TYPE.small) },
      { size: TYPE.small, colour: COLOURS.inkSoft },
    );
    y += drawn.height + 6;
  }
  if (labels.mode === 'titles') return;

  // Numbers: the legend lists every dot by its number, in ranking order.
  y += 4;
  out.text(
    'Legend (numbers follow the ranking)',
    { ...LEGEND, y, h: 16 },
    { size: TYPE.compact, style: 'bold', maxLines: 1 },
  );
  y += 20;
  const entryH = TYPE.small * LINE_HEIGHT + 1;
  const entries = dots.map((d) => d.r).sort((a, b) => a.rank - b.rank);
  let next = 0;
  for (; next < entries.length && y + entryH <= LEGEND.y + LEGEND.h; next += 1) {
    const r = entries[next] as RankedCandidate;
    legendEntry(
      out,
      r,
      { x: LEGEND.x, y, w: LEGEND.w, h: entryH },
      labels.boxes.has(r.candidate.id),
    );
    y += entryH;
  }
  if (next >= entries.length) return;
  // The rest of the legend on pages of its own, in three columns.
  const rest = entries.slice(next);
  const perColumn = Math.floor(CONTENT.h / entryH);
  for (let start = 0; start < rest.length; start += perColumn * 3) {
    const flow = new Flow(out, MATRIX_TITLE, `${MATRIX_TITLE}: legend`);
    columns(flow.box, 3, 24).forEach((column, c) => {
      const slice = rest.slice(start + c * perColumn, start + (c + 1) * perColumn);
      slice.forEach((r, i) => {
        legendEntry(
          out,
          r,
          { x: column.x, y: column.y + i * entryH, w: column.w, h: entryH },
          labels.boxes.has(r.candidate.id),
        );
      });
    });
  }
}

export const MATRIX_SECTION: DeckSection = {
  id: 'matrix',
  title: MATRIX_TITLE,
  description: 'Every candidate on the value / feasibility matrix, sized by effort',
  hasData: (ctx) => ctx.ranked.some((r) => r.spot !== null),
  render,
};
