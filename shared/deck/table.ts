/**
 * Tables that paginate: the header row repeats on every page, each row is as tall as its
 * tallest cell (long titles wrap, up to a column's line limit, then end with an ellipsis), and a
 * row never splits across pages.
 */
import type { FontStyle } from './fonts.ts';
import { Flow } from './flow.ts';
import type { Box, Colour } from './layout.ts';
import { COLOURS, CONTENT, LINE_HEIGHT, TYPE } from './layout.ts';
import type { DeckWriter } from './writer.ts';

export interface TableColumn {
  header: string;
  /** Share of the table's width (the shares are normalised). */
  width: number;
  align?: 'left' | 'right' | 'center';
  /** Lines a cell may wrap to; 1 by default. */
  maxLines?: number;
}

export interface TableCell {
  text: string;
  colour?: Colour;
  style?: FontStyle;
  /** A background for the cell (a heatmap's state). */
  fill?: Colour;
}

/** A label over several neighbouring columns (e.g. "Data governance" over its four items). */
export interface ColumnGroup {
  label: string;
  /** The first column it spans, and how many. */
  from: number;
  span: number;
}

export type TableRow = ReadonlyArray<string | TableCell>;

export interface TableOptions {
  section: string;
  heading: string;
  size?: number;
  /** Drawn above the header row on the first page only (e.g. a note). Returns its height. */
  intro?: (out: DeckWriter, box: Box) => number;
  /** Go on in this flow (below what it holds) instead of starting a page. */
  flow?: Flow;
  /** Labels over groups of columns, above the header row on every page. */
  groups?: readonly ColumnGroup[];
  /** Lines a column header may wrap to; 1 by default. */
  headerLines?: number;
  /** The column headers' weight; bold by default. */
  headerStyle?: FontStyle;
}

const PAD_X = 5;
const PAD_Y = 3;

function cellOf(cell: string | TableCell): TableCell {
  return typeof cell === 'string' ? { text: cell } : cell;
}

/** Draws a table over as many pages as it needs; returns the flow, to go on below it. */
export function drawTable(
  out: DeckWriter,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  options: TableOptions,
): Flow {
  const size = options.size ?? TYPE.compact;
  const box = options.flow?.box ?? CONTENT;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const xs: Array<{ x: number; w: number }> = [];
  let x = box.x;
  for (const c of columns) {
    const w = (box.w * c.width) / total;
    xs.push({ x, w });
    x += w;
  }
  const lineHeight = size * LINE_HEIGHT;
  const headerLines = options.headerLines ?? 1;
  const headerHeight = headerLines * lineHeight + 2 * PAD_Y;
  const groupHeight = lineHeight + 2 * PAD_Y;
  let isFirstPage = true;
  // Everything the header's drawing depends on but its place on the page.
  const headerKey = JSON.stringify([
    columns,
    options.groups,
    size,
    headerLines,
    options.headerStyle,
    box.x,
    box.w,
  ]);

  const drawGroups = (groupTop: number): void => {
    for (const g of options.groups ?? []) {
      const first = xs[g.from];
      const last = xs[g.from + g.span - 1];
      if (first === undefined || last === undefined) continue;
      const w = last.x + last.w - first.x;
      out.text(
        g.label,
        { x: first.x + PAD_X, y: groupTop + PAD_Y, w: w - 2 * PAD_X, h: lineHeight },
        { size, style: 'bold', align: 'center', maxLines: 1 },
      );
      out.line(
        first.x + 2,
        groupTop + headerHeight,
        first.x + w - 2,
        groupTop + headerHeight,
        COLOURS.inkSoft,
        0.75,
      );
    }
  };

  const drawHeader = (flow: Flow): void => {
    if (isFirstPage && options.intro !== undefined) {
      const used = options.intro(out, { ...box, y: flow.y });
      flow.takeOnPage(used);
    }
    isFirstPage = false;
    const groupTop = options.groups === undefined ? null : flow.takeOnPage(groupHeight);
    const top = flow.takeOnPage(headerHeight);
    // The same header on every page of the table, mostly at the same place: drawn once there.
    out.stamp(`table|${headerKey}|${groupTop}|${top}`, () => {
      if (groupTop !== null) drawGroups(groupTop);
      out.rect({ x: box.x, y: top, w: box.w, h: headerHeight }, COLOURS.panel);
      columns.forEach((c, i) => {
        const at = xs[i] ?? { x: box.x, w: 0 };
        out.text(
          c.header,
          { x: at.x + PAD_X, y: top + PAD_Y, w: at.w - 2 * PAD_X, h: headerLines * lineHeight },
          {
            size,
            style: options.headerStyle ?? 'bold',
            align: c.align ?? 'left',
            maxLines: headerLines,
            colour: COLOURS.inkSoft,
          },
        );
      });
      out.line(box.x, top + headerHeight, box.x + box.w, top + headerHeight, COLOURS.inkSoft, 0.75);
    });
  };

  let flow = options.flow;
  if (flow === undefined) {
    flow = new Flow(out, options.section, options.heading, box);
    drawHeader(flow);
  } else {
    // Header, intro and at least one row together, or all on the next page.
    if (flow.remaining < headerHeight + 2 * lineHeight + 2 * PAD_Y + 60) flow.breakPage();
    drawHeader(flow);
  }
  flow.onPage = drawHeader;
  const into = flow;
  for (const row of rows) {
    const fitted = columns.map((c, i) => {
      const cell = cellOf(row[i] ?? '');
      const at = xs[i] ?? { x: box.x, w: 0 };
      return out.fit(cell.text, at.w - 2 * PAD_X, c.maxLines ?? 1, { size, style: cell.style });
    });
    const lines = Math.max(1, ...fitted.map((f) => f.lines.length));
    const height = lines * lineHeight + 2 * PAD_Y;
    const top = into.take(height);
    columns.forEach((c, i) => {
      const cell = cellOf(row[i] ?? '');
      const at = xs[i] ?? { x: box.x, w: 0 };
      if (cell.fill !== undefined) {
        out.rect({ x: at.x + 0.5, y: top + 0.5, w: at.w - 1, h: height - 1 }, cell.fill);
      }
      out.lines(
        fitted[i]?.lines ?? [],
        { x: at.x + PAD_X, y: top + PAD_Y, w: at.w - 2 * PAD_X, h: lines * lineHeight },
        { size, style: cell.style, colour: cell.colour, align: c.align },
      );
    });
    out.line(box.x, top + height, box.x + box.w, top + height, COLOURS.line, 0.5);
  }
  // What follows the table in the same flow must not repeat its header.
  into.onPage = null;
  return into;
}
