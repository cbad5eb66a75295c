/**
 * The dense view's painted dots (renderer/features/matrix/dotMarks.ts): each is painted where its
 * button stands, its spot moved by its nudge, with its number, in its quadrant's colour (pale when
 * filtered out) and ringed when its placement differs from its scores; tray cards have no dot.
 */
import { describe, expect, it } from 'vitest';
import { dotMarks } from '../../renderer/features/matrix/dotMarks.ts';
import type { MatrixCardView } from '../../renderer/features/matrix/cardView.ts';

function view(id: string, fields: Partial<MatrixCardView>): MatrixCardView {
  return {
    id,
    title: `Card ${id}`,
    effort: 'M',
    x: 50,
    y: 50,
    quadrant: 'quick-wins',
    isPlaced: true,
    isScored: true,
    ghostX: null,
    ghostY: null,
    isDimmed: false,
    value: 50,
    feasibility: 50,
    priority: 50,
    tags: '',
    stage: '',
    department: '',
    keptReason: null,
    rank: 1,
    votes: null,
    ...fields,
  };
}

const PLOT = { width: 800, height: 400 };

describe('dotMarks', () => {
  it('puts each dot at its spot in the plot (feasibility across, value up), moved by its nudge', () => {
    const marks = dotMarks(
      [
        view('a', { x: 25, y: 75, rank: 3 }),
        view('b', { x: 100, y: 0, rank: 12, quadrant: 'fill-ins' }),
        view('c', { x: 0, y: 100, rank: 7, quadrant: 'strategic-bets' }),
      ],
      new Map([['b', { x: -14, y: -9 }]]),
      PLOT,
    );
    expect(marks.map(({ x, y, label }) => ({ x, y, label }))).toEqual([
      { x: 200, y: 100, label: '3' },
      { x: 786, y: 391, label: '12' },
      { x: 0, y: 0, label: '7' },
    ]);
  });

  it('keeps the order of the buttons, so that a later dot covers an earlier one as its button does', () => {
    const views = ['e', 'c', 'a', 'd', 'b'].map((id, i) => view(id, { rank: i + 1 }));
    expect(dotMarks(views, new Map(), PLOT).map((m) => m.label)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('colours a dot by its quadrant, pales it when it does not match the filters, and rings a mismatch', () => {
    const marks = dotMarks(
      [
        view('a', { quadrant: 'reconsider' }),
        view('b', { quadrant: 'strategic-bets', isDimmed: true }),
        view('c', { quadrant: 'fill-ins', ghostX: 80, ghostY: 20 }),
      ],
      new Map(),
      PLOT,
    );
    expect(marks.map(({ look, isMismatched }) => ({ look, isMismatched }))).toEqual([
      { look: 'reconsider', isMismatched: false },
      { look: 'dimmed', isMismatched: false },
      { look: 'fill-ins', isMismatched: true },
    ]);
  });

  it('paints no dot for a card in the tray', () => {
    const marks = dotMarks(
      [view('a', {}), view('tray', { x: null, y: null, quadrant: null })],
      new Map(),
      PLOT,
    );
    expect(marks).toHaveLength(1);
  });
});
