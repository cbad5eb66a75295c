/**
 * Label placement for the matrix chart: each dot's label goes beside it (right, left, above,
 * below, then the diagonals) where it overlaps no other label, no dot and no fixed text, and stays
 * inside the plot. A label that finds no such place is not drawn: labels never pile up. Greedy in
 * the order given (the ranking), so the top priorities are labelled first.
 */
import type { Box } from './layout.ts';
import { isWithin } from './layout.ts';

export interface Dot {
  x: number;
  y: number;
  r: number;
}

export interface LabelRequest extends Dot {
  id: string;
  /** The label's size in points. */
  w: number;
  h: number;
}

const GAP = 2;
/** Space kept between two labels, so that "15" and "14" never read as "1514". */
const SPACING = 2;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.w + SPACING &&
    b.x < a.x + a.w + SPACING &&
    a.y < b.y + b.h + SPACING &&
    b.y < a.y + a.h + SPACING
  );
}

function touchesDot(box: Box, dot: Dot): boolean {
  const nx = Math.min(Math.max(dot.x, box.x), box.x + box.w);
  const ny = Math.min(Math.max(dot.y, box.y), box.y + box.h);
  const dx = dot.x - nx;
  const dy = dot.y - ny;
  return dx * dx + dy * dy < dot.r * dot.r;
}

/** The places tried for a label, best first. */
function positions(req: LabelRequest): Box[] {
  const { x, y, r, w, h } = req;
  const d = r * Math.SQRT1_2;
  return [
    { x: x + r + GAP, y: y - h / 2, w, h },
    { x: x - r - GAP - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - r - GAP - h, w, h },
    { x: x - w / 2, y: y + r + GAP, w, h },
    { x: x + d + GAP, y: y - d - GAP - h, w, h },
    { x: x - d - GAP - w, y: y - d - GAP - h, w, h },
    { x: x + d + GAP, y: y + d + GAP, w, h },
    { x: x - d - GAP - w, y: y + d + GAP, w, h },
  ];
}

/**
 * Places labels for `requests` inside `bounds`, avoiding every dot in `dots` (all dots drawn,
 * labelled or not), every box in `obstacles` and each other. Returns the box of every label that
 * found a place, by request id; the others are missing from the map.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  dots: readonly Dot[],
  bounds: Box,
  obstacles: readonly Box[] = [],
): Map<string, Box> {
  const placed = new Map<string, Box>();
  const taken: Box[] = [...obstacles];
  for (const req of requests) {
    const spot = positions(req).find(
      (box) =>
        isWithin(box, bounds) &&
        !taken.some((t) => overlaps(box, t)) &&
        !dots.some((dot) => touchesDot(box, dot)),
    );
    if (spot === undefined) continue;
    placed.set(req.id, spot);
    taken.push(spot);
  }
  return placed;
}
