/**
 * Chart pieces drawn with jsPDF's own primitives (rectangles, lines, circles, text): vector,
 * selectable, and free of any DOM, so they render the same in the app and in Node.
 */
import type { Quadrant } from '../domain/scoring.ts';
import { QUADRANT_LABELS } from '../domain/scoring.ts';
import type { RoadmapSeverity } from '../roadmap/checks.ts';
import type { Box, Colour } from './layout.ts';
import { COLOURS, LINE_HEIGHT, TYPE } from './layout.ts';
import type { DeckWriter } from './writer.ts';

export const QUADRANT_COLOURS: Readonly<Record<Quadrant, Colour>> = {
  'quick-wins': COLOURS.quickWins,
  'strategic-bets': COLOURS.strategicBets,
  'fill-ins': COLOURS.fillIns,
  reconsider: COLOURS.reconsider,
};

/** The quadrant's colour; grey-blue ink for "not scored". */
export function quadrantColour(quadrant: Quadrant | null): Colour {
  return quadrant === null ? COLOURS.inkSoft : QUADRANT_COLOURS[quadrant];
}

/** The quadrant's name; "Not scored" for none. */
export function quadrantName(quadrant: Quadrant | null): string {
  return quadrant === null ? 'Not scored' : QUADRANT_LABELS[quadrant];
}

export const SEVERITY_LABELS: Readonly<Record<RoadmapSeverity, string>> = {
  error: 'Error',
  warning: 'Warning',
  hint: 'Hint',
};

export const SEVERITY_COLOURS: Readonly<Record<RoadmapSeverity, Colour>> = {
  error: COLOURS.danger,
  warning: COLOURS.warning,
  hint: COLOURS.inkSoft,
};

/**
 * A pill with white text (a quadrant, a tag); its text is cut to `maxWidth`. Returns its width,
 * so that pills can be laid out in a row.
 */
export function pill(
  out: DeckWriter,
  text: string,
  x: number,
  y: number,
  fill: Colour,
  maxWidth: number,
  size: number = TYPE.small,
  textColour: Colour = COLOURS.paper,
): number {
  const padX = size * 0.6;
  const line = out.ellipsize(text, maxWidth - 2 * padX, { size, style: 'bold' });
  if (line === '') return 0;
  const w = out.width(line, size, 'bold') + 2 * padX;
  const h = size * LINE_HEIGHT + 4;
  out.roundedRect({ x, y, w, h }, h / 2, fill);
  out.lines(
    [line],
    { x: x + padX, y: y + 2, w: w - 2 * padX + 0.5, h: h - 4 },
    { size, style: 'bold', colour: textColour },
  );
  return w;
}

/**
 * A criterion score as five cells, `score` of them filled (1-5); empty cells with a dash when the
 * room has not scored it. `isDimmed` greys it out (a criterion weighted 0 does not count).
 */
export function scoreCells(out: DeckWriter, box: Box, score: number | null, colour: Colour): void {
  const gap = 2;
  const w = (box.w - 4 * gap) / 5;
  for (let i = 0; i < 5; i += 1) {
    const cell = { x: box.x + i * (w + gap), y: box.y, w, h: box.h };
    if (score !== null && i < score) out.rect(cell, colour);
    else out.rect(cell, COLOURS.panel, COLOURS.line, 0.5);
  }
}

/**
 * A horizontal bar for a 0-100 share: the track, the healthy band shaded behind it, the share
 * filled from the left, and the band's edges marked, so that "outside the band" is visible.
 */
export function shareBar(
  out: DeckWriter,
  box: Box,
  share: number | null,
  band: { min: number; max: number },
  colours: { a: Colour; b: Colour },
): void {
  const at = (percent: number) => box.x + (box.w * Math.min(100, Math.max(0, percent))) / 100;
  const left = at(band.min);
  const right = at(band.max);
  // The band: a light green area standing out above and below the bar, edged in green.
  out.rect({ x: left, y: box.y - 5, w: right - left, h: box.h + 10 }, tint(COLOURS.quickWins, 0.3));
  if (share === null) {
    out.rect(box, COLOURS.panel, COLOURS.line, 0.5);
  } else {
    out.rect({ ...box, x: at(share), w: box.x + box.w - at(share) }, colours.b);
    out.rect({ ...box, w: at(share) - box.x }, colours.a);
  }
  out.line(left, box.y - 5, left, box.y + box.h + 5, COLOURS.quickWins, 1.5);
  out.line(right, box.y - 5, right, box.y + box.h + 5, COLOURS.quickWins, 1.5);
}

/** A used / capacity bar: filled up to `used`, red past the capacity mark. */
export function capacityBar(out: DeckWriter, box: Box, used: number, capacity: number): void {
  const max = Math.max(used, capacity, 1);
  const at = (points: number) => box.x + (box.w * points) / max;
  out.rect(box, COLOURS.panel, COLOURS.line, 0.5);
  const fill = used > capacity ? COLOURS.danger : COLOURS.accent;
  if (used > 0) out.rect({ ...box, w: at(used) - box.x }, fill);
  out.line(at(capacity), box.y - 3, at(capacity), box.y + box.h + 3, COLOURS.ink, 1.25);
}

/** `colour` mixed with white: `share` 0 gives white, 1 the colour itself. */
export function tint(colour: Colour, share: number): Colour {
  const n = Number.parseInt(colour.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * share);
  const r = mix((n >> 16) & 0xff);
  const g = mix((n >> 8) & 0xff);
  const b = mix(n & 0xff);
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}
