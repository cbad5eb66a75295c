/**
 * What the screen reader hears while a card is dragged (dnd-kit's live region): the card, the
 * column and the position it would take, and where it was dropped.
 */

export const SCREEN_READER_INSTRUCTIONS =
  'To move a card, press Space or Enter to pick it up. Use the Up and Down arrow keys to move it ' +
  'within a column, and Left and Right to move it to another column. Press Space or Enter to ' +
  'drop it, or Escape to cancel.';

/** A card's place: the column's name, its position (1-based) and how many cards the column holds. */
export interface Spot {
  column: string;
  position: number;
  count: number;
}

function where({ column, position, count }: Spot): string {
  return `${column}, position ${position} of ${count}`;
}

export function pickedUp(title: string, spot: Spot): string {
  return `Picked up “${title}” in ${where(spot)}.`;
}

export function over(title: string, spot: Spot): string {
  return `“${title}” is over ${where(spot)}.`;
}

export function outside(title: string): string {
  return `“${title}” is not over a column: dropping it now leaves it where it was.`;
}

export function dropped(title: string, spot: Spot, isMoved: boolean): string {
  return isMoved
    ? `Moved “${title}” to ${where(spot)}.`
    : `Dropped “${title}”: it stays in ${where(spot)}.`;
}

export function cancelled(title: string, spot: Spot): string {
  return `Cancelled. “${title}” stays in ${where(spot)}.`;
}
