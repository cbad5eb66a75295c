import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keepPlacement,
  placeCandidate,
  snapToScores,
} from '../../shared/domain/candidate-edits.ts';
import type { Change } from '../../shared/domain/change.ts';
import { isEmptyChange } from '../../shared/domain/change.ts';
import {
  BIG_STEP_FACTOR,
  dropTargetAt,
  dropToPlacement,
  fitLines,
  isInside,
  KEYBOARD_STEP,
  keyboardStep,
  MATRIX_DROP_MARGIN,
  placementToPercent,
  placementToPoint,
  quadrantAt,
  SPREAD_LIMIT,
  spreadCards,
} from '../../shared/domain/matrix-geometry.ts';
import type { Box, CardBox } from '../../shared/domain/matrix-geometry.ts';
import {
  matrixSpot,
  MISMATCH_POINTS,
  placementMismatch,
  scoredSpot,
} from '../../shared/domain/matrix.ts';
import { candidateSchema } from '../../shared/records/candidate.ts';
import type { Candidate } from '../../shared/records/candidate.ts';
import {
  APPLIED_AT,
  aCandidate,
  aDocument,
  aSettings,
  applied,
  idsWritten,
  uniformFeasibilityScores,
  uniformValueScores,
} from '../fixtures/builders.ts';

/** A 400 x 200 matrix drawn 100 px from the left and 50 px from the top of the window. */
const MATRIX: Box = { left: 100, top: 50, width: 400, height: 200 };
const settings = aSettings();

describe('dropToPlacement', () => {
  it('reads feasibility from the left edge and value from the bottom edge', () => {
    expect(dropToPlacement({ x: 100, y: 250 }, MATRIX)).toEqual({ x: 0, y: 0 });
    expect(dropToPlacement({ x: 500, y: 50 }, MATRIX)).toEqual({ x: 100, y: 100 });
    expect(dropToPlacement({ x: 300, y: 150 }, MATRIX)).toEqual({ x: 50, y: 50 });
    // Top-left of the screen is high value, low feasibility: a strategic bet.
    expect(dropToPlacement({ x: 140, y: 70 }, MATRIX)).toEqual({ x: 10, y: 90 });
  });

  it('clamps a drop outside the matrix to its nearest edge, never outside 0-100', () => {
    expect(dropToPlacement({ x: -500, y: 900 }, MATRIX)).toEqual({ x: 0, y: 0 });
    expect(dropToPlacement({ x: 900, y: -500 }, MATRIX)).toEqual({ x: 100, y: 100 });
    expect(dropToPlacement({ x: 300, y: 10 }, MATRIX)).toEqual({ x: 50, y: 100 });
    expect(dropToPlacement({ x: 60, y: 150 }, MATRIX)).toEqual({ x: 0, y: 50 });
  });

  it('rounds to a tenth of a point and never gives -0', () => {
    const p = dropToPlacement({ x: 100 + 400 / 3, y: 250 - 0.0001 }, MATRIX);
    expect(p).toEqual({ x: 33.3, y: 0 });
    expect(Object.is(p.y, -0)).toBe(false);
  });

  it('survives a matrix with no size (not laid out yet) without dividing by zero', () => {
    const p = dropToPlacement({ x: 10, y: 10 }, { left: 0, top: 0, width: 0, height: 0 });
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('always lands on the matrix, and is the inverse of placementToPoint there', () => {
    const arbBox = fc.record({
      left: fc.integer({ min: -2000, max: 2000 }),
      top: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 50, max: 4000 }),
      height: fc.integer({ min: 50, max: 4000 }),
    });
    const arbSpot = fc.record({
      x: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
      y: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    });
    fc.assert(
      fc.property(
        arbBox,
        arbSpot,
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (box, spot, far) => {
          expect(dropToPlacement(placementToPoint(spot, box), box)).toEqual(spot);
          const anywhere = dropToPlacement({ x: far, y: -far }, box);
          expect(anywhere.x).toBeGreaterThanOrEqual(0);
          expect(anywhere.x).toBeLessThanOrEqual(100);
          expect(anywhere.y).toBeGreaterThanOrEqual(0);
          expect(anywhere.y).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('the quadrant at the drop point', () => {
  const at = (x: number, y: number) => quadrantAt(dropToPlacement({ x, y }, MATRIX), settings);

  it('follows the four corners of the matrix', () => {
    expect(at(480, 60)).toBe('quick-wins');
    expect(at(120, 60)).toBe('strategic-bets');
    expect(at(480, 240)).toBe('fill-ins');
    expect(at(120, 240)).toBe('reconsider');
  });

  it('counts a drop exactly on a threshold as high, as the scores do', () => {
    expect(at(300, 150)).toBe('quick-wins');
    expect(at(299, 150)).toBe('strategic-bets');
    expect(at(300, 151)).toBe('fill-ins');
  });

  it('uses the workshop’s thresholds, not 50/50', () => {
    const strict = aSettings({ thresholds: { value: 80, feasibility: 20 } });
    const drop = dropToPlacement({ x: 200, y: 110 }, MATRIX); // F 25, V 70
    expect(drop).toEqual({ x: 25, y: 70 });
    expect(quadrantAt(drop, strict)).toBe('fill-ins');
    expect(quadrantAt(drop, settings)).toBe('strategic-bets');
    expect(quadrantAt({ x: 20, y: 80 }, strict)).toBe('quick-wins');
  });
});

describe('placementToPercent', () => {
  it('puts value 100 at the top (0 %) and feasibility 100 at the right (100 %)', () => {
    expect(placementToPercent({ x: 100, y: 100 })).toEqual({ left: 100, top: 0 });
    expect(placementToPercent({ x: 25, y: 10 })).toEqual({ left: 25, top: 90 });
    expect(placementToPercent({ x: 140, y: -5 })).toEqual({ left: 100, top: 100 });
  });
});

describe('keyboardStep', () => {
  const center = placementToPoint({ x: 50, y: 50 }, MATRIX);

  it('moves 2 % of the matrix per arrow, and five times that with Shift', () => {
    expect(dropToPlacement(keyboardStep(center, 'right', MATRIX, false), MATRIX)).toEqual({
      x: 50 + KEYBOARD_STEP,
      y: 50,
    });
    expect(dropToPlacement(keyboardStep(center, 'up', MATRIX, true), MATRIX)).toEqual({
      x: 50,
      y: 50 + KEYBOARD_STEP * BIG_STEP_FACTOR,
    });
    expect(dropToPlacement(keyboardStep(center, 'down', MATRIX, false), MATRIX).y).toBe(48);
    expect(dropToPlacement(keyboardStep(center, 'left', MATRIX, true), MATRIX).x).toBe(40);
  });

  it('stops at the edges of the matrix', () => {
    const corner = placementToPoint({ x: 99, y: 1 }, MATRIX);
    expect(dropToPlacement(keyboardStep(corner, 'right', MATRIX, true), MATRIX)).toEqual({
      x: 100,
      y: 1,
    });
    expect(dropToPlacement(keyboardStep(corner, 'down', MATRIX, true), MATRIX)).toEqual({
      x: 99,
      y: 0,
    });
  });

  it('brings a card from outside (the tray) onto the nearest edge with the first key', () => {
    const inTray = { x: 700, y: 120 };
    const first = keyboardStep(inTray, 'left', MATRIX, false);
    expect(isInside(first, MATRIX)).toBe(true);
    expect(dropToPlacement(first, MATRIX)).toEqual({ x: 100, y: 65 });
  });
});

describe('dropTargetAt', () => {
  const tray: Box = { left: 520, top: 50, width: 100, height: 200 };

  it('is the tray when the card’s centre is over it, else the matrix, else nothing', () => {
    expect(dropTargetAt({ x: 560, y: 100 }, { matrix: MATRIX, tray })).toBe('tray');
    expect(dropTargetAt({ x: 300, y: 100 }, { matrix: MATRIX, tray })).toBe('matrix');
    expect(dropTargetAt({ x: 300, y: 600 }, { matrix: MATRIX, tray })).toBeNull();
  });

  it('lets a card dropped just past the matrix edge land on the edge', () => {
    const justOutside = { x: 100 - MATRIX_DROP_MARGIN + 1, y: 100 };
    expect(dropTargetAt(justOutside, { matrix: MATRIX })).toBe('matrix');
    expect(dropToPlacement(justOutside, MATRIX).x).toBe(0);
    expect(
      dropTargetAt({ x: 100 - MATRIX_DROP_MARGIN - 1, y: 100 }, { matrix: MATRIX }),
    ).toBeNull();
  });

  it('prefers the tray where the two overlap (the matrix margin reaches into the gap)', () => {
    const nearTray: Box = { left: 510, top: 50, width: 100, height: 200 };
    expect(dropTargetAt({ x: 515, y: 100 }, { matrix: MATRIX, tray: nearTray })).toBe('tray');
  });
});

describe('spreadCards', () => {
  const options = { maxShift: 40, gap: 4, rounds: 40, width: 800, height: 500 };
  const card = (id: string, x: number, y: number): CardBox => ({
    id,
    x,
    y,
    width: 120,
    height: 44,
  });
  const overlaps = (a: CardBox, b: CardBox) =>
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 &&
    Math.abs(a.y - b.y) < (a.height + b.height) / 2;
  const moved = (cards: CardBox[], offsets: Map<string, { x: number; y: number }>) =>
    cards.map((c) => ({
      ...c,
      x: c.x + (offsets.get(c.id)?.x ?? 0),
      y: c.y + (offsets.get(c.id)?.y ?? 0),
    }));

  it('leaves cards that do not overlap where they are', () => {
    expect(spreadCards([card('a', 100, 100), card('b', 400, 100)], options).size).toBe(0);
  });

  it('pushes two overlapping cards apart, mostly up and down, within the largest shift', () => {
    const cards = [card('a', 300, 200), card('b', 330, 215)];
    const offsets = spreadCards(cards, options);
    const [a, b] = moved(cards, offsets);
    expect(overlaps(a!, b!)).toBe(false);
    for (const o of offsets.values()) {
      expect(Math.hypot(o.x, o.y)).toBeLessThanOrEqual(options.maxShift + 1);
      expect(Math.abs(o.x)).toBeLessThanOrEqual(Math.abs(o.y));
    }
  });

  it('separates cards standing on the very same spot, the same way every time', () => {
    const cards = [card('a', 300, 200), card('b', 300, 200), card('c', 300, 200)];
    const once = spreadCards(cards, options);
    expect(spreadCards(cards, options)).toEqual(once);
    const placed = moved(cards, once);
    expect(overlaps(placed[0]!, placed[1]!) && overlaps(placed[1]!, placed[2]!)).toBe(false);
  });

  const isInside = (c: CardBox) =>
    c.x - c.width / 2 >= 0 &&
    c.x + c.width / 2 <= options.width &&
    c.y - c.height / 2 >= 0 &&
    c.y + c.height / 2 <= options.height;

  it('keeps every card’s box inside the matrix, a lone card at a corner too', () => {
    const cards = [card('a', 0, 0), card('b', 5, 5), card('c', 800, 500), card('d', 795, 498)];
    expect(cards.filter(isInside)).toEqual([]);
    expect(moved(cards, spreadCards(cards, options)).every(isInside)).toBe(true);
    const lone = [card('e', 800, 0)];
    expect(moved(lone, spreadCards(lone, options)).every(isInside)).toBe(true);
  });

  it(`gives up beyond ${SPREAD_LIMIT} cards, where a matrix is a cloud nudging cannot clear`, () => {
    const many = Array.from({ length: SPREAD_LIMIT + 1 }, (_, i) => card(`c${i}`, 400, 250));
    expect(spreadCards(many, options).size).toBe(0);
    // ... but still keeps them inside.
    const edge = [...many, card('edge', 0, 250)];
    expect(spreadCards(edge, options).get('edge')).toEqual({ x: 60, y: 0 });
  });
});

/** V = F = 100: all value criteria 5, feasibility as good as it gets. */
function topScored(overrides: Partial<Candidate> = {}): Candidate {
  return aCandidate({
    valueScores: uniformValueScores(5),
    feasibilityScores: {
      dataReadiness: 5,
      technicalComplexity: 1,
      integrationRequirements: 1,
      userReadiness: 5,
    },
    ...overrides,
  });
}

describe('scoredSpot and matrixSpot', () => {
  it('puts a fully scored card at (F, V) and an unscored one nowhere (the tray)', () => {
    expect(scoredSpot(topScored(), settings)).toEqual({ x: 100, y: 100 });
    expect(scoredSpot(aCandidate(), settings)).toBeNull();
    expect(scoredSpot(aCandidate({ valueScores: uniformValueScores(3) }), settings)).toBeNull();
    expect(matrixSpot(aCandidate(), settings)).toBeNull();
  });

  it('prefers the room’s placement to the scored spot', () => {
    const placement = { x: 10, y: 20 };
    expect(matrixSpot(topScored({ placement }), settings)).toEqual(placement);
    expect(matrixSpot(aCandidate({ placement }), settings)).toEqual(placement);
    expect(matrixSpot(topScored(), settings)).toEqual({ x: 100, y: 100 });
  });
});

describe('placementMismatch', () => {
  it(`flags a placement more than ${MISMATCH_POINTS} points from the scores on either axis`, () => {
    expect(placementMismatch(topScored({ placement: { x: 84.9, y: 100 } }), settings)).toEqual({
      x: 100,
      y: 100,
    });
    expect(placementMismatch(topScored({ placement: { x: 100, y: 84 } }), settings)).not.toBeNull();
  });

  it(`does not flag a gap of exactly ${MISMATCH_POINTS} points, nor a card without scores or placement`, () => {
    expect(placementMismatch(topScored({ placement: { x: 85, y: 85 } }), settings)).toBeNull();
    expect(placementMismatch(aCandidate({ placement: { x: 0, y: 0 } }), settings)).toBeNull();
    expect(placementMismatch(topScored(), settings)).toBeNull();
  });
});

describe('placing, snapping and keeping', () => {
  const placedAway = () => topScored({ placement: { x: 10, y: 10 } });
  const workshop = aDocument({ candidates: [] });
  /** The candidate as stored after `change`, in a workshop that holds only it. */
  const afterChange = (candidate: Candidate, change: Change): Candidate => {
    const next = applied({ ...workshop, candidates: [candidate] }, change).candidates;
    expect(next).toHaveLength(1);
    return next[0]!;
  };

  it('placeCandidate writes only the drop, clamped and rounded', () => {
    const candidate = topScored();
    const change = placeCandidate(candidate, { x: 33.333, y: 120 });
    // keptPlacement is already null: nothing but the placement changes.
    expect(change).toEqual({
      patch: { candidates: [{ id: candidate.id, set: { placement: { x: 33.3, y: 100 } } }] },
    });
    const next = afterChange(candidate, change);
    expect(next).toEqual({ ...candidate, placement: { x: 33.3, y: 100 }, updatedAt: APPLIED_AT });
    expect(() => candidateSchema.parse(next)).not.toThrow();
  });

  it('placeCandidate where the card already stands writes nothing', () => {
    const candidate = topScored({ placement: { x: 33.3, y: 100 } });
    expect(isEmptyChange(placeCandidate(candidate, { x: 33.333, y: 120 }))).toBe(true);
    expect(isEmptyChange(placeCandidate(aCandidate(), null))).toBe(true);
  });

  it('placeCandidate with null sends the card back (to the tray, or to its scored spot)', () => {
    const away = aCandidate({ placement: { x: 5, y: 5 } });
    const back = placeCandidate(away, null);
    expect(back.patch?.candidates?.[0]?.set).toEqual({ placement: null });
    const unscored = afterChange(away, back);
    expect(matrixSpot(unscored, settings)).toBeNull();
    const candidate = placedAway();
    const snap = snapToScores(candidate);
    expect(snap).toEqual({
      patch: { candidates: [{ id: candidate.id, set: { placement: null } }] },
    });
    const snapped = afterChange(candidate, snap);
    expect(snapped.placement).toBeNull();
    expect(matrixSpot(snapped, settings)).toEqual({ x: 100, y: 100 });
    expect(placementMismatch(snapped, settings)).toBeNull();
  });

  it('keepPlacement stores the trimmed reason and quiets the flag', () => {
    const candidate = placedAway();
    expect(placementMismatch(candidate, settings)).not.toBeNull();
    const change = keepPlacement(candidate, '  The room knows better  ', settings);
    const keptPlacement = {
      reason: 'The room knows better',
      placement: { x: 10, y: 10 },
      value: 100,
      feasibility: 100,
    };
    expect(change).toEqual({
      patch: { candidates: [{ id: candidate.id, set: { keptPlacement } }] },
    });
    const kept = afterChange(candidate, change);
    expect(kept).toEqual({ ...candidate, keptPlacement, updatedAt: APPLIED_AT });
    expect(placementMismatch(kept, settings)).toBeNull();
    expect(() => candidateSchema.parse(kept)).not.toThrow();
  });

  it('the flag comes back when the placement or the scores change after keeping', () => {
    const candidate = placedAway();
    const kept = afterChange(candidate, keepPlacement(candidate, 'Agreed', settings));
    const move = placeCandidate(kept, { x: 12, y: 10 });
    expect(idsWritten(move, 'candidates')).toEqual([candidate.id]);
    expect(move.patch?.candidates?.[0]?.set).toEqual({
      placement: { x: 12, y: 10 },
      keptPlacement: null,
    });
    const moved = afterChange(kept, move);
    expect(moved.keptPlacement).toBeNull();
    expect(placementMismatch(moved, settings)).not.toBeNull();
    const rescored = { ...kept, feasibilityScores: uniformFeasibilityScores(3) };
    expect(placementMismatch(rescored, settings)).not.toBeNull();
  });

  it('keepPlacement does nothing for a card that is not placed', () => {
    const change = keepPlacement(topScored(), 'Why not', settings);
    expect(change).toEqual({});
    expect(isEmptyChange(change)).toBe(true);
  });
});

describe('fitLines', () => {
  // Every character 10 px wide: easy to reason about.
  const measure = (text: string) => text.length * 10;

  it('keeps a short title on one line, and breaks a longer one at spaces', () => {
    expect(fitLines('Chatbot', 100, 2, measure)).toEqual(['Chatbot']);
    expect(fitLines('Customer query', 100, 2, measure)).toEqual(['Customer', 'query']);
    expect(fitLines('Customer query chatbot', 100, 2, measure)).toEqual(['Customer', 'query…']);
  });

  it('ends the last line with an ellipsis that still fits', () => {
    const lines = fitLines('Predictive inventory management', 120, 2, measure);
    expect(lines).toEqual(['Predictive', 'inventory…']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
  });

  it('cuts a word too long for a line, after a hyphen where there is one', () => {
    expect(fitLines('AI-powered lead scoring', 80, 2, measure)).toEqual(['AI-', 'powered…']);
    expect(fitLines('Supercalifragilistic', 80, 2, measure)).toEqual(['Supercal', 'ifragil…']);
  });

  it('never gives a line wider than asked, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 20, max: 300 }),
        (text, width) => {
          const lines = fitLines(text, width, 2, measure);
          expect(lines.length).toBeLessThanOrEqual(2);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
