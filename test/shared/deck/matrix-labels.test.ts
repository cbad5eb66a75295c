import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../shared/deck/layout.ts';
import { isWithin } from '../../../shared/deck/layout.ts';
import type { Dot, LabelRequest } from '../../../shared/deck/matrix-labels.ts';
import { placeLabels } from '../../../shared/deck/matrix-labels.ts';

const BOUNDS: Box = { x: 0, y: 0, w: 400, h: 300 };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function touches(box: Box, dot: Dot): boolean {
  const nx = Math.min(Math.max(dot.x, box.x), box.x + box.w);
  const ny = Math.min(Math.max(dot.y, box.y), box.y + box.h);
  return (dot.x - nx) ** 2 + (dot.y - ny) ** 2 < dot.r ** 2 - 1e-9;
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its dot', () => {
    const req: LabelRequest = { id: 'a', x: 100, y: 100, r: 5, w: 40, h: 12 };
    expect(placeLabels([req], [req], BOUNDS).get('a')).toEqual({ x: 107, y: 94, w: 40, h: 12 });
  });

  it('moves a label to the left at the right edge, and leaves out one with no room', () => {
    const edge: LabelRequest = { id: 'edge', x: 395, y: 100, r: 4, w: 40, h: 12 };
    const placed = placeLabels([edge], [edge], BOUNDS).get('edge');
    expect(placed?.x).toBeLessThan(edge.x);
    // Ten dots on one spot: only the first labels find room around it... and none overlaps.
    const pile = Array.from({ length: 10 }, (_, i) => ({
      id: `p${i}`,
      x: 200,
      y: 150,
      r: 5,
      w: 60,
      h: 12,
    }));
    const boxes = [...placeLabels(pile, pile, BOUNDS).values()];
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.length).toBeLessThan(10);
  });

  it('never overlaps two labels, never covers a dot, never leaves the bounds', () => {
    const dot = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      r: fc.integer({ min: 2, max: 10 }),
      w: fc.integer({ min: 8, max: 120 }),
    });
    fc.assert(
      fc.property(fc.array(dot, { maxLength: 120 }), (dots) => {
        const requests = dots.map((d, i) => ({ ...d, id: String(i), h: 12 }));
        const placed = placeLabels(requests, requests, BOUNDS);
        const boxes = [...placed.values()];
        boxes.forEach((a, i) => {
          expect(isWithin(a, BOUNDS)).toBe(true);
          for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
          for (const d of requests) expect(touches(a, d)).toBe(false);
        });
      }),
      { numRuns: 60 },
    );
  });
});
