/**
 * Content that flows down a page and on to continuation pages ("Ranked candidates (continued)"):
 * lists and tables reserve their height before drawing, so that nothing runs past the content box.
 */
import type { Box } from './layout.ts';
import { CONTENT, LINE_HEIGHT, TYPE } from './layout.ts';
import type { DeckWriter } from './writer.ts';

export class Flow {
  /** The top of the free space on the current page. */
  y = 0;
  /** Runs at the top of every continuation page, e.g. to repeat a table's header row. */
  onPage: ((flow: Flow) => void) | null = null;
  private pageCount = 0;
  /** True while nothing has been placed on the page yet (besides what `onPage` drew). */
  private isFresh = true;

  /**
   * Starts the first page of the flow, with `heading` as the page heading; or, given `startY`,
   * goes on from there on the current page (continuation pages still get `heading`).
   */
  constructor(
    private readonly out: DeckWriter,
    private readonly section: string,
    private readonly heading: string,
    readonly box: Box = CONTENT,
    startY?: number,
  ) {
    if (startY === undefined) {
      this.startPage();
    } else {
      this.pageCount = 1;
      this.y = Math.max(box.y, startY);
      this.isFresh = false;
    }
  }

  /** The height still free on this page. */
  get remaining(): number {
    return this.box.y + this.box.h - this.y;
  }

  private startPage(): void {
    this.out.addPage(this.section);
    this.out.heading(this.pageCount === 0 ? this.heading : `${this.heading} (continued)`);
    this.pageCount += 1;
    this.y = this.box.y;
    this.onPage?.(this);
    this.isFresh = true;
  }

  /** Starts a continuation page now, unless the current one is still empty. */
  breakPage(): void {
    if (!this.isFresh) this.startPage();
  }

  /**
   * Reserves `height` points and returns the top of the reserved space; starts a continuation
   * page first when they do not fit. A block taller than a whole page gets a page of its own and
   * is cut to it (its drawing must keep to the height it is given: see `block`).
   */
  take(height: number): number {
    if (height > this.remaining && !this.isFresh) this.startPage();
    const top = this.y;
    this.y += Math.min(height, this.remaining);
    this.isFresh = false;
    return top;
  }

  /** Reserves space on this page whatever is left (for a header that `onPage` draws). */
  takeOnPage(height: number): number {
    const top = this.y;
    this.y += Math.min(height, this.remaining);
    return top;
  }

  /** The box reserved by `take(height)`: full width, cut to the page. */
  block(height: number): Box {
    const top = this.take(height);
    return {
      x: this.box.x,
      y: top,
      w: this.box.w,
      h: Math.min(height, this.box.y + this.box.h - top),
    };
  }
}

/** A bold line (a table's title, a group's name) reserved and drawn at the top of the free space. */
export function subheading(out: DeckWriter, flow: Flow, text: string): void {
  const height = TYPE.body * LINE_HEIGHT;
  const top = flow.take(height + 4);
  out.text(
    text,
    { ...flow.box, y: top, h: height },
    { size: TYPE.body, style: 'bold', maxLines: 1 },
  );
}
