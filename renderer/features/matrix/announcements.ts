/**
 * What the screen reader hears while a card is dragged (dnd-kit's live region), in plain words:
 * the card, the quadrant it is over with the value and feasibility it would get, and where it
 * was dropped.
 */
import { formatScore, QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import type { Quadrant } from '../../../shared/domain/scoring.ts';
import type { Placement } from '../../../shared/records/candidate.ts';
import type { MatrixCardView } from './cardView.ts';

export const SCREEN_READER_INSTRUCTIONS =
  'To move a card, press Space or Enter to pick it up. Use the arrow keys to move it, with Shift ' +
  'for bigger steps. Press Space or Enter to drop it, or Escape to cancel. The card’s scores and ' +
  'actions, such as Edit candidate, follow it in the tab order while it is selected.';

/** Where a card would land if dropped now. */
export type Landing =
  | { kind: 'matrix'; placement: Placement; quadrant: Quadrant }
  | { kind: 'tray' }
  | { kind: 'outside' };

/** What a finished drop did. */
export type DropOutcome =
  | { kind: 'placed'; placement: Placement; quadrant: Quadrant }
  | { kind: 'to-tray' }
  | { kind: 'to-scores'; quadrant: Quadrant | null }
  | { kind: 'unchanged' };

function spotWords(placement: Placement): string {
  return `value ${formatScore(placement.y)}, feasibility ${formatScore(placement.x)}`;
}

/** Where the card is now, for "Picked up" and "Cancelled". */
function whereItIs(view: MatrixCardView): string {
  if (view.quadrant === null) return 'in the tray';
  return `in ${QUADRANT_LABELS[view.quadrant]}`;
}

export function pickedUp(view: MatrixCardView): string {
  return `Picked up “${view.title}”, ${whereItIs(view)}.`;
}

/** One key or zone for "over" announcements: a pointer drag speaks only when this changes. */
export function landingKey(landing: Landing): string {
  return landing.kind === 'matrix' ? landing.quadrant : landing.kind;
}

export function over(view: MatrixCardView, landing: Landing, isDetailed: boolean): string {
  const title = `“${view.title}”`;
  switch (landing.kind) {
    case 'tray':
      return view.isPlaced
        ? `${title} is over the tray: dropping it here clears its placement.`
        : `${title} is over the tray.`;
    case 'outside':
      return `${title} is outside the matrix: dropping it here leaves it where it was.`;
    case 'matrix':
      return isDetailed
        ? `${title} is over ${QUADRANT_LABELS[landing.quadrant]}, ${spotWords(landing.placement)}.`
        : `${title} is over ${QUADRANT_LABELS[landing.quadrant]}.`;
  }
}

export function dropped(view: MatrixCardView, outcome: DropOutcome): string {
  const title = `“${view.title}”`;
  switch (outcome.kind) {
    case 'placed':
      return `Placed ${title} in ${QUADRANT_LABELS[outcome.quadrant]}, ${spotWords(outcome.placement)}.`;
    case 'to-tray':
      return `Returned ${title} to the tray.`;
    case 'to-scores':
      return outcome.quadrant
        ? `Cleared the placement of ${title}: it stands at its scored spot in ${QUADRANT_LABELS[outcome.quadrant]}.`
        : `Cleared the placement of ${title}.`;
    case 'unchanged':
      return `Dropped ${title}: it stays ${whereItIs(view)}.`;
  }
}

export function cancelled(view: MatrixCardView): string {
  return `Cancelled. “${view.title}” stays ${whereItIs(view)}.`;
}
