/**
 * The cards' boxes of the columns during a drag, read from the page the first time the drag needs
 * a column: one box a card, relative to the column's list and without the shift the drag gives it
 * (so the list's own rect, read afresh at each look, places them wherever the list has scrolled).
 * dnd-kit would measure every card at pick-up, each with a walk up its ancestors' computed styles;
 * this reads one column's cards once, and again only after the columns' cards change.
 */
import { getClientRect } from '@dnd-kit/core';
import type { ClientRect } from '@dnd-kit/core';
import { columnOf, nearestBox } from './dndMath.ts';
import type { CardBox } from './dndMath.ts';
import { columnDropId, isColumnKey } from './roadmapView.ts';
import type { ColumnItems } from './roadmapView.ts';

/** What the dragged card is over: a card or a column, with its rect on screen. */
export interface Target {
  id: string;
  rect: ClientRect;
}

interface Column {
  ids: readonly string[];
  boxes: readonly CardBox[];
}

function listOf(key: string): HTMLElement | null {
  return document.getElementById(columnDropId(key))?.querySelector('ul') ?? null;
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export class ColumnBoxes {
  private columns = new Map<string, Column>();
  private items: ColumnItems | null = null;

  /** Forgets what was read (a drag starts or ends). */
  reset(): void {
    this.columns.clear();
    this.items = null;
  }

  /** The boxes of a column's cards as the page shows them; null when it shows none. */
  boxesOf(key: string, items: ColumnItems): Column | null {
    if (items !== this.items) {
      this.columns.clear();
      this.items = items;
    }
    const kept = this.columns.get(key);
    if (kept !== undefined) return kept;
    const list = listOf(key);
    if (list === null) return null;
    const origin = list.getBoundingClientRect().top;
    const ids: string[] = [];
    const boxes: CardBox[] = [];
    for (const item of list.children) {
      if (!(item instanceof HTMLElement) || item.dataset.cardId === undefined) continue;
      const rect = getClientRect(item, { ignoreTransform: true });
      ids.push(item.dataset.cardId);
      boxes.push({ top: rect.top - origin, height: rect.height });
    }
    const column = { ids, boxes };
    // Read during the render that moves a card across, the page still shows the old lists: use
    // that once, and keep only what matches the columns.
    if (isSameList(ids, items[key] ?? [])) this.columns.set(key, column);
    return column;
  }

  /** A card's rect on screen as laid out (without its shift), or a column's; null if not shown. */
  rectOf(id: string, items: ColumnItems): ClientRect | null {
    if (isColumnKey(id))
      return document.getElementById(columnDropId(id))?.getBoundingClientRect() ?? null;
    const key = columnOf(items, id);
    const column = key === undefined ? null : this.boxesOf(key, items);
    const index = column?.ids.indexOf(id) ?? -1;
    const box = column?.boxes[index];
    const list = key === undefined ? null : listOf(key);
    return box === undefined || list === null ? null : placed(list.getBoundingClientRect(), box);
  }

  /** The card of a column whose centre is nearest `y` (the dragged card's centre); null if none. */
  nearest(key: string, items: ColumnItems, y: number): Target | null {
    const column = this.boxesOf(key, items);
    const list = listOf(key);
    if (column === null || list === null) return null;
    const at = list.getBoundingClientRect();
    const index = nearestBox(column.boxes, y - at.top);
    const id = column.ids[index];
    const box = column.boxes[index];
    return id === undefined || box === undefined ? null : { id, rect: placed(at, box) };
  }
}

/** The column under a point: its key, by the columns' sections as laid out now; null if none. */
export function columnAt(keys: readonly string[], x: number, y: number): string | null {
  for (const key of keys) {
    const rect = document
      .getElementById(columnDropId(key))
      ?.closest('section')
      ?.getBoundingClientRect();
    if (rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return key;
  }
  return null;
}

function placed(list: DOMRect, box: CardBox): ClientRect {
  const { left, top, width } = list;
  return {
    left,
    width,
    right: left + width,
    top: top + box.top,
    height: box.height,
    bottom: top + box.top + box.height,
  };
}
