import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** From this many rows, only those near the screen are in the page. */
export const WINDOW_FROM = 250;
/** Rows kept in the page above and below the screen, so Tab and the arrow keys find a next row. */
const OVERSCAN = 25;
/** Rows put in the page before the first one is measured. */
const FIRST_SCREEN = 60;

/**
 * How far apart the rendered rows stand: from the first one's top to the last one's, over their
 * count. Not the first row's own height: with collapsed borders it is half a pixel short of the
 * others, and over 5,000 rows the spacers would then be 2,500 px short, so End could land on an
 * empty spacer instead of the last rows.
 */
function rowPitch(body: HTMLTableSectionElement): number {
  const rows = body.querySelectorAll('tr[aria-rowindex]');
  const first = rows[0]?.getBoundingClientRect();
  const last = rows[rows.length - 1]?.getBoundingClientRect();
  if (first === undefined || last === undefined) return 0;
  return rows.length > 1 ? (last.top - first.top) / (rows.length - 1) : first.height;
}

export interface RowWindow {
  start: number;
  end: number;
  /** The height the rows above `start` and below `end` would take. */
  above: number;
  below: number;
}

/**
 * The rows of a long table (the page scrolls) to render: those within the screen and a margin,
 * from the table body's position and its first row's measured height. A table of fewer than
 * WINDOW_FROM rows is rendered whole. With 5,000 candidates, this is what keeps the Candidates
 * screen's start and every re-render small; the table says its full row count to screen readers.
 */
export function useRowWindow(
  count: number,
  body: RefObject<HTMLTableSectionElement | null>,
): RowWindow {
  const isWindowed = count >= WINDOW_FROM;
  const [range, setRange] = useState({ start: 0, end: Math.min(count, FIRST_SCREEN), height: 0 });

  useLayoutEffect(() => {
    if (!isWindowed) return;
    const update = () => {
      const element = body.current;
      if (element === null) return;
      const height = rowPitch(element);
      if (height === 0) return;
      const top = element.getBoundingClientRect().top;
      const start = Math.max(0, Math.min(count, Math.floor(-top / height) - OVERSCAN));
      const end = Math.min(count, Math.ceil((window.innerHeight - top) / height) + OVERSCAN);
      setRange((r) =>
        r.start === start && r.end === end && r.height === height ? r : { start, end, height },
      );
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [isWindowed, count, body]);

  if (!isWindowed) return { start: 0, end: count, above: 0, below: 0 };
  const end = Math.min(count, Math.max(range.end, range.start + 1));
  return {
    start: range.start,
    end,
    above: range.start * range.height,
    below: (count - end) * range.height,
  };
}
