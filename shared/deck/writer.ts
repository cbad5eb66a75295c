/**
 * The deck's drawing surface over jsPDF. Sections draw through it only, and every text goes
 * through `text()` / `lines()`, which wrap and cut text to a box: nothing is ever drawn outside
 * its box, and no box lies outside the page. It also remembers which section each page belongs to
 * and stamps the header and footer ("n / N") in a final pass, once N is known. What is the same on
 * many pages (labels, the header and footer) is drawn once, as a form, and painted on each by name.
 */
import type { jsPDF } from 'jspdf';
import type { FontFace, FontStyle } from './fonts.ts';
import { FONT_FAMILY } from './fonts.ts';
import type { Box, Colour } from './layout.ts';
import {
  COLOURS,
  FOOTER,
  HEADER,
  HEADING_BOX,
  LINE_HEIGHT,
  MARGIN,
  PAGE,
  TYPE,
  linesThatFit,
} from './layout.ts';
import type { FittedText, Measure } from './text-fit.ts';
import { cleanText, cutLines, ellipsize, fitText, wrapText } from './text-fit.ts';

export interface TextStyle {
  size: number;
  style?: FontStyle;
  colour?: Colour;
  align?: 'left' | 'right' | 'center';
}

export interface TextOptions extends TextStyle {
  /** At most this many lines (also bounded by the box's height). */
  maxLines?: number;
  /** Newlines become spaces (titles, labels). */
  isSingleLine?: boolean;
}

export interface DrawnText extends FittedText {
  /** The height the lines take, in points. */
  height: number;
}

/**
 * Where the baseline sits below the top of a line box, as a share of the font size: DejaVu's
 * ascent (0.93) and descent (0.24) centred in a line box of 1.25.
 */
const BASELINE = 0.97;

/**
 * Typed text is in logical order; a PDF places glyphs left to right. The deck reads left to right,
 * so a Hebrew or Arabic run inside a line is turned to visual order and the rest stays as it is
 * (jsPDF's default treats its input as visual already, which reverses a Latin sentence that
 * starts with a Hebrew word).
 */
const BIDI = {
  isInputVisual: false,
  isOutputVisual: true,
  isInputRtl: false,
  isOutputRtl: false,
  isSymmetricSwapping: true,
} as const;

/**
 * Whether a run needs jsPDF's bidi engine or Arabic shaping: Hebrew, Arabic and the other
 * right-to-left scripts, their presentation forms, and the bidi controls. Any other run is drawn
 * left to right as typed, which is what the engine would give back.
 */
function needsBidi(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x0590) continue;
    if (c <= 0x08ff || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return true;
    if (c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e)) return true;
    if (c >= 0x2066 && c <= 0x2069) return true;
  }
  return false;
}

/** `value` to two decimals without its trailing zeros ("12.5", "12."), as jsPDF's `hpf` does. */
function twoDecimals(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`The deck drew at ${value}, which is not a number.`);
  const fixed = value.toFixed(2);
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 48) end -= 1;
  return end === fixed.length ? fixed : fixed.slice(0, end);
}

/** A number in a text call: two decimals, without trailing zeros or a trailing point. */
function pdfNumber(value: number): string {
  const text = twoDecimals(value);
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** How a shape is painted, as jsPDF's style ('FD', 'F', 'S') and as its PDF operator. */
function paintOf(fill: Colour | null, stroke: Colour | null): { style: string; operator: string } {
  if (fill !== null && stroke !== null) return { style: 'FD', operator: 'B' };
  return fill !== null ? { style: 'F', operator: 'f' } : { style: 'S', operator: 'S' };
}

/** What a colour is set for: text (jsPDF writes it to 3 decimals), a fill or a stroke (2). */
type ColourUse = 'text' | 'fill' | 'stroke';

const colourOperators = new Map<string, string>();

/**
 * The PDF operator that sets a colour, as jsPDF writes it (grey as `g` or `G`): jsPDF parses the
 * colour string again on every call, 11 ms of a 200-page deck's build.
 */
function colourOperator(colour: Colour, use: ColourUse): string {
  const key = `${use}${colour}`;
  let operator = colourOperators.get(key);
  if (operator === undefined) {
    const value = parseInt(colour.slice(1), 16);
    const digits = use === 'text' ? 3 : 2;
    const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255].map((c) =>
      (c / 255).toFixed(digits).replace(/\.?0+$/, ''),
    ) as [string, string, string];
    const [grey, rgb] = use === 'stroke' ? ['G', 'RG'] : ['g', 'rg'];
    operator = r === g && g === b ? `${r} ${grey}` : `${r} ${g} ${b} ${rgb}`;
    colourOperators.set(key, operator);
  }
  return operator;
}

/**
 * The operators the content stream being written has set last, as written: one that would set
 * the same again is left out. Null where it is not known: on a new page, in a form (each page
 * that paints it has its own), and once jsPDF has written to the stream on its own.
 */
interface StreamState {
  fill: string | null;
  stroke: string | null;
  lineWidth: string | null;
  /** The font and size (`Tf`): text state, kept from one text object to the next. */
  font: string | null;
}

const unknownState = (): StreamState => ({ fill: null, stroke: null, lineWidth: null, font: null });

/** jsPDF's writer of raw content-stream lines, which its typings leave out. */
function contentWriter(pdf: jsPDF): ((line: string) => void) | null {
  const write: unknown = (pdf.internal as { write?: unknown }).write;
  return typeof write === 'function' ? (line) => write.call(pdf.internal, line) : null;
}

/** The parts of jsPDF's internals a stamp's form is written with, which its typings leave out. */
interface JsPdfOutput {
  events: { subscribe(event: string, handler: () => void): unknown };
  newObject(): number;
  putStream(options: {
    data: string;
    additionalKeyValues: Array<{ key: string; value: string }>;
    objectId: number;
  }): void;
  out(line: string): void;
}

/** A font as jsPDF keeps it: its object number is set when the PDF is written. */
interface PdfFont {
  objectNumber?: number;
}

/** A drawing recorded once as a form XObject and painted by name wherever it is stamped. */
interface Stamp {
  name: string;
  content: string[];
  /** The fonts its text is in, by resource name. */
  fonts: Map<string, PdfFont>;
  objectNumber: number;
}

/** Thrown while a stamp is recorded when its drawing needs one of jsPDF's own drawing calls. */
class NotRecordable extends Error {}

/** What is replaced for a character no font has a glyph for (emoji...). */
const REPLACEMENT = '\ufffd';

interface PageInfo {
  section: string;
  isCover: boolean;
}

export interface PageFurniture {
  /** Left of the header: the workshop title. */
  title: string;
  /** Left of the footer, e.g. the organisation and the workshop date. */
  footer: string;
}

/** One deferred drawing: runs in the final pass, when the page count is known. */
type Deferred = (pageCount: number) => void;

export class DeckWriter {
  private readonly pages: PageInfo[] = [];
  private readonly deferred: Array<{ page: number; draw: Deferred }> = [];
  private readonly glyphs = new Map<number, string>();
  private readonly measures = new Map<string, Measure>();
  private readonly fitted = new Map<string, FittedText>();
  private textFont: string | null = null;
  private textFontId = '';
  private textSize = 0;
  private jsPdfTextColour: Colour | null = null;
  /**
   * The fonts jsPDF has drawn text in. With `putOnlyUsedFonts`, jsPDF embeds only those, so the
   * first run in each font goes through its text call; later runs are written directly.
   */
  private readonly fontsDrawn = new Set<string>();
  private state = unknownState();
  /** The current page's content stream, as jsPDF holds it (set when a page is started). */
  private pageLines: string[] = [];
  /** The length of the stream when this writer last wrote to it: if it grew since, jsPDF wrote. */
  private linesWritten = 0;
  /** Writes a line of the page's content stream, or of the stamp being recorded. */
  private readonly write: ((line: string) => void) | null;
  private readonly pageWrite: ((line: string) => void) | null;
  private readonly stamps = new Map<string, Stamp>();
  /** How often each stamp not (yet) recorded was drawn on the page instead. */
  private readonly drawnOnPage = new Map<string, number>();
  private recording: Pick<Stamp, 'content' | 'fonts'> | null = null;

  constructor(
    readonly pdf: jsPDF,
    private readonly faces: Record<FontStyle, FontFace>,
  ) {
    const pageWrite = contentWriter(pdf);
    this.pageWrite = pageWrite;
    this.write =
      pageWrite === null
        ? null
        : (line) => {
            if (this.recording === null) pageWrite(line);
            else this.recording.content.push(line);
            this.linesWritten = this.streamLines().length;
          };
    this.startStream();
  }

  /**
   * Draws what `draw` draws, on every page that stamps it with the same `key` (which names all
   * that the drawing depends on). The first time, it is drawn on the page as it is; the second
   * time it is recorded as a form XObject, and from then on every stamp paints that form by name,
   * so labels drawn on 200 one-pagers are in the file once, and a drawing on one page only costs
   * no form. A drawing that needs jsPDF's own calls (a font jsPDF has not drawn yet, right-to-left
   * or turned text, a circle, a dash, a rounded rectangle), or that writes to the page past the
   * writer, is drawn on the page instead; after two such tries it is always drawn there. A
   * drawing of nothing paints nothing. Inside another stamp's drawing, a stamp is part of it.
   */
  stamp(key: string, draw: () => void): void {
    const pageWrite = this.pageWrite;
    if (pageWrite === null || this.recording !== null) return draw();
    let stamp = this.stamps.get(key);
    if (stamp === undefined) {
      const drawn = this.drawnOnPage.get(key) ?? 0;
      const recorded = drawn === 0 || drawn > 2 ? null : this.record(key, draw);
      if (recorded === null) {
        this.drawnOnPage.set(key, drawn + 1);
        return draw();
      }
      stamp = recorded;
    }
    // Saved and restored around it: nothing the form sets carries over to the page.
    if (stamp.content.length > 0) this.write?.(`q /${stamp.name} Do Q`);
  }

  /** Records `draw` as the stamp `key`; null, with nothing written anywhere, when it cannot be. */
  private record(key: string, draw: () => void): Stamp | null {
    const recording = { content: [], fonts: new Map<string, PdfFont>() };
    const page = this.pageLines;
    const pageLength = page.length;
    // A form starts from the state of each page that paints it: nothing it sets is known.
    const [pageState, pageLinesWritten] = [this.state, this.linesWritten];
    this.state = unknownState();
    this.linesWritten = 0;
    this.recording = recording;
    let isRecorded = false;
    try {
      draw();
      isRecorded = true;
    } catch (error) {
      if (!(error instanceof NotRecordable)) throw error;
    } finally {
      this.recording = null;
      [this.state, this.linesWritten] = [pageState, pageLinesWritten];
    }
    // A jsPDF call that bypasses the writer writes to the page: taken back.
    if (page.length !== pageLength) {
      page.length = pageLength;
      isRecorded = false;
    }
    if (!isRecorded) return null;
    if (this.stamps.size === 0) this.writeStampsWithPdf();
    const stamp = { name: `Sp${this.stamps.size + 1}`, ...recording, objectNumber: -1 };
    this.stamps.set(key, stamp);
    return stamp;
  }

  /** The stamps that draw something: those a page paints. */
  private drawnStamps(): Stamp[] {
    return [...this.stamps.values()].filter((stamp) => stamp.content.length > 0);
  }

  /** The current page's content stream, as jsPDF holds it: one string per line. */
  private pageContent(): string[] {
    const pages = (this.pdf.internal as unknown as { pages: string[][] }).pages;
    const page = pages[this.pdf.getCurrentPageInfo().pageNumber];
    if (page === undefined) throw new Error('The deck has no page to draw on.');
    return page;
  }

  /** Writes the stamps' forms when jsPDF writes its resources, and names them in its dictionary. */
  private writeStampsWithPdf(): void {
    const internal = this.pdf.internal as unknown as JsPdfOutput;
    internal.events.subscribe('putResources', () => {
      const stamps = this.drawnStamps();
      if (stamps.length === 0) return;
      // One resource dictionary for every form: the fonts any of them is drawn in.
      const fonts = new Map(stamps.flatMap((stamp) => [...stamp.fonts]));
      const resources = internal.newObject();
      const names = [...fonts].map(([id, font]) => `/${id} ${font.objectNumber} 0 R`);
      internal.out(`<< /Font << ${names.join(' ')} >> >>`);
      internal.out('endobj');
      for (const stamp of stamps) {
        stamp.objectNumber = internal.newObject();
        internal.putStream({
          data: stamp.content.join('\n'),
          additionalKeyValues: [
            { key: 'Type', value: '/XObject' },
            { key: 'Subtype', value: '/Form' },
            { key: 'BBox', value: `[0 0 ${PAGE.width} ${PAGE.height}]` },
            { key: 'Resources', value: `${resources} 0 R` },
          ],
          objectId: stamp.objectNumber,
        });
        internal.out('endobj');
      }
    });
    internal.events.subscribe('putXobjectDict', () => {
      for (const stamp of this.drawnStamps()) {
        internal.out(`/${stamp.name} ${stamp.objectNumber} 0 R`);
      }
    });
  }

  /** The number of the current page (1-based); 0 before the first page. */
  get page(): number {
    return this.pages.length;
  }

  /** Starts a page of `section` (its title goes in the header). */
  addPage(section: string, options: { isCover?: boolean } = {}): void {
    // jsPDF starts with one page: the deck's first page reuses it.
    if (this.pages.length > 0) this.pdf.addPage([PAGE.width, PAGE.height], 'landscape');
    this.startStream();
    this.pages.push({ section, isCover: options.isCover === true });
  }

  /**
   * Sets jsPDF's font and size, skipping calls that would change nothing. The state is global to
   * the document (not per page), and only this writer sets it. The text colour is set only before
   * jsPDF's own text calls (drawRuns): jsPDF parses a colour string on every setTextColor.
   */
  private useText(size: number, style: FontStyle, family = FONT_FAMILY): void {
    // The fallback family has one face, drawn for both styles.
    const font = `${family}:${family === FONT_FAMILY ? style : 'normal'}`;
    if (this.textFont !== font) {
      this.pdf.setFont(family, family === FONT_FAMILY ? style : 'normal');
      this.textFont = font;
      this.textFontId = String(this.pdf.getFont().id);
    }
    if (this.textSize !== size) {
      this.pdf.setFontSize(size);
      this.textSize = size;
    }
  }

  /** Runs `draw` on the current page in the final pass (e.g. to write page numbers). */
  defer(draw: Deferred): void {
    this.deferred.push({ page: this.page, draw });
  }

  /** The width of `text` at `size`, as drawn (after cleaning). */
  width(text: string, size: number, style: FontStyle = 'normal'): number {
    return this.faces[style].width(text, size);
  }

  /** A Measure for the text-fitting functions. */
  measure(size: number, style: FontStyle = 'normal'): Measure {
    const key = `${style}:${size}`;
    let measure = this.measures.get(key);
    if (measure === undefined) {
      const face = this.faces[style];
      measure = (text) => face.width(text, size);
      this.measures.set(key, measure);
    }
    return measure;
  }

  /**
   * Typed text made drawable: cleaned (see cleanText), and every character the font cannot draw
   * replaced by U+FFFD, so that an emoji shows as one visible mark instead of an invisible gap.
   */
  clean(text: string, isSingleLine = false): string {
    const cleaned = cleanText(text, isSingleLine);
    let isDrawable = true;
    for (let i = 0; i < cleaned.length; i += 1) {
      const code = cleaned.charCodeAt(i);
      if (code > 0x7e || code < 0x20) {
        isDrawable = false;
        break;
      }
    }
    if (isDrawable) return cleaned;
    let out = '';
    for (const char of cleaned) out += this.drawable(char);
    return out;
  }

  private drawable(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') return char;
    let mapped = this.glyphs.get(code);
    if (mapped === undefined) {
      const isDrawable = this.faces.normal.hasGlyph(code) && this.faces.bold.hasGlyph(code);
      mapped = isDrawable ? char : this.faces.normal.hasGlyph(0xfffd) ? REPLACEMENT : '?';
      this.glyphs.set(code, mapped);
    }
    return mapped;
  }

  /** Wraps and cuts text to a width and a number of lines, without drawing it. */
  fit(
    text: string,
    width: number,
    maxLines: number,
    style: TextStyle,
    isSingleLine = false,
  ): FittedText {
    // The same labels, headers and footers are fitted on every page: each once per deck. The
    // lines are never changed by those who receive them.
    const key = `${style.size}|${style.style ?? ''}|${width}|${maxLines}|${isSingleLine}|${text}`;
    let fitted = this.fitted.get(key);
    if (fitted === undefined) {
      fitted = fitText(
        this.clean(text, isSingleLine),
        width,
        maxLines,
        this.measure(style.size, style.style),
      );
      this.fitted.set(key, fitted);
    }
    return fitted;
  }

  /** Every line of a text wrapped to `width` (after cleaning), without cutting or drawing. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(this.clean(text), width, this.measure(style.size, style.style));
  }

  /** Cuts lines from `wrap` to `maxLines`, with an ellipsis where text is left out. */
  cut(wrapped: readonly string[], width: number, maxLines: number, style: TextStyle): FittedText {
    return cutLines(wrapped, width, maxLines, this.measure(style.size, style.style));
  }

  /** One line cut to `width` with an ellipsis, without drawing it. */
  ellipsize(text: string, width: number, style: TextStyle): string {
    return ellipsize(this.clean(text, true), width, this.measure(style.size, style.style));
  }

  /**
   * Draws text inside `box`: wrapped to its width, cut to its height (and to `maxLines`) with an
   * ellipsis where text is left out. Returns the lines drawn and the height they take.
   */
  text(text: string, box: Box, options: TextOptions): DrawnText {
    const bounded = clampToPage(box);
    const maxLines = Math.min(options.maxLines ?? Infinity, linesThatFit(bounded.h, options.size));
    const fitted = this.fit(text, bounded.w, maxLines, options, options.isSingleLine === true);
    const height = this.lines(fitted.lines, bounded, options);
    return { ...fitted, height };
  }

  /**
   * Draws already-fitted lines from the top of `box`. A line still wider than the box is cut with
   * an ellipsis, and lines below the box's bottom are not drawn. Returns the height used.
   */
  lines(lines: readonly string[], box: Box, style: TextStyle): number {
    const bounded = clampToPage(box);
    const size = style.size;
    const fontStyle = style.style ?? 'normal';
    const lineHeight = size * LINE_HEIGHT;
    const measure = this.measure(size, fontStyle);
    const count = Math.min(lines.length, linesThatFit(bounded.h, size));
    if (count === 0) return 0;
    for (let i = 0; i < count; i += 1) {
      const raw = lines[i] ?? '';
      if (raw === '') continue;
      let line = raw;
      let width = measure(line);
      if (width > bounded.w) {
        line = ellipsize(line, bounded.w, measure);
        width = measure(line);
      }
      if (line === '') continue;
      const x =
        style.align === 'right'
          ? bounded.x + bounded.w - width
          : style.align === 'center'
            ? bounded.x + (bounded.w - width) / 2
            : bounded.x;
      const baseline = bounded.y + i * lineHeight + size * BASELINE;
      this.drawRuns(line, x, baseline, style, 0);
    }
    return count * lineHeight;
  }

  /**
   * Draws one line from (x, y), run by run, each in the family that has its glyphs; `angle` 90
   * turns it to read upwards. A line in one family is one text call, as before the fallback.
   *
   * A level run that needs no bidi engine is written straight into the page's content stream,
   * as jsPDF's text call writes it (one BT…ET with the font, the colour, the position and the
   * glyph ids): jsPDF runs its Arabic shaper and its bidi engine on every call and looks up each
   * glyph's width in a list, which was a quarter of a 200-page build.
   */
  private drawRuns(line: string, x: number, y: number, style: TextStyle, angle: 0 | 90): void {
    const fontStyle = style.style ?? 'normal';
    const colour = style.colour ?? COLOURS.ink;
    const face = this.faces[fontStyle];
    let along = 0;
    for (const run of face.runs(line)) {
      this.useText(style.size, fontStyle, run.family);
      const font = this.textFont ?? '';
      const glyphs =
        angle === 0 && this.write !== null && this.fontsDrawn.has(font) && !needsBidi(run.text)
          ? face.glyphString(run)
          : null;
      if (glyphs !== null) {
        this.recording?.fonts.set(this.textFontId, this.pdf.getFont() as PdfFont);
        // One flat string per line (a template literal would keep a rope of its parts), with the
        // font and colour only where they change.
        const parts = ['BT'];
        const font = `/${this.textFontId} ${style.size} Tf`;
        const state = this.knownState();
        if (state.font !== font) parts.push(font);
        state.font = font;
        const fill = colourOperator(colour, 'text');
        if (state.fill !== fill) parts.push(fill);
        state.fill = fill;
        parts.push(pdfNumber(x + along), pdfNumber(PAGE.height - y), 'Td', glyphs, 'Tj', 'ET');
        this.write?.(parts.join(' '));
      } else {
        if (this.recording !== null) throw new NotRecordable();
        // jsPDF's text colour is set only for its own text calls: the direct path writes its own.
        if (this.jsPdfTextColour !== colour) {
          this.pdf.setTextColor(colour);
          this.jsPdfTextColour = colour;
        }
        const options =
          angle === 0 ? { ...BIDI, baseline: 'alphabetic' as const } : { ...BIDI, angle };
        if (angle === 0) this.pdf.text(run.text, x + along, y, options);
        else this.pdf.text(run.text, x, y - along, options);
        this.fontsDrawn.add(font);
      }
      along += face.width(run.text, style.size);
    }
  }

  /** Text turned 90° anticlockwise, reading upwards, centred on (cx, cy); cut to `length`. */
  upwardText(text: string, cx: number, cy: number, length: number, style: TextStyle): void {
    const line = this.ellipsize(text, length, style);
    if (line === '') return;
    const width = this.width(line, style.size, style.style);
    // The baseline runs upwards; the glyphs stand to its left.
    this.drawRuns(line, cx + style.size * 0.35, cy + width / 2, style, 90);
  }

  /** The page's heading, in the heading box, on one line. */
  heading(text: string): void {
    this.text(text, HEADING_BOX, {
      size: TYPE.heading,
      style: 'bold',
      maxLines: 1,
      isSingleLine: true,
    });
  }

  /** The stream being written: the form being recorded, or the page. */
  private streamLines(): string[] {
    return this.recording?.content ?? this.pageLines;
  }

  /** A page's stream starts: nothing is set in it yet that this writer knows of. */
  private startStream(): void {
    this.pageLines = this.pageContent();
    this.state = unknownState();
    this.linesWritten = this.pageLines.length;
  }

  /** The stream's state, forgotten if jsPDF wrote to the stream since this writer last did. */
  private knownState(): StreamState {
    if (this.streamLines().length !== this.linesWritten) this.state = unknownState();
    return this.state;
  }

  /** Writes `operator`, which sets `key`, unless the stream has it set already. */
  private put(key: keyof StreamState, operator: string): void {
    const state = this.knownState();
    if (state[key] === operator) return;
    this.write?.(operator);
    state[key] = operator;
  }

  /** Sets the colour of the fills that follow. */
  setFill(colour: Colour): void {
    if (this.write === null) this.pdf.setFillColor(colour);
    else this.put('fill', colourOperator(colour, 'fill'));
  }

  /** Sets the colour of the strokes that follow. */
  private setStroke(colour: Colour): void {
    if (this.write === null) this.pdf.setDrawColor(colour);
    else this.put('stroke', colourOperator(colour, 'stroke'));
  }

  /** A filled and/or outlined rectangle, clipped to the page. */
  rect(box: Box, fill: Colour | null, stroke: Colour | null = null, lineWidth = 0.75): void {
    const b = clampToPage(box);
    if (b.w <= 0 || b.h <= 0) return;
    if (fill === null && stroke === null) return;
    if (fill !== null) this.setFill(fill);
    if (stroke !== null) {
      this.setStroke(stroke);
      this.setLineWidth(lineWidth);
    }
    const paint = paintOf(fill, stroke);
    if (this.write === null) {
      this.pdf.rect(b.x, b.y, b.w, b.h, paint.style);
      return;
    }
    // As jsPDF's rect writes it, without its checks and number formatting on every call: a sixth
    // of the time of a 200-candidate deck's tables and bars went there.
    const at = [b.x, PAGE.height - b.y, b.w, -b.h].map(twoDecimals);
    this.write(`${at.join(' ')} re`);
    this.write(paint.operator);
  }

  /** The width of the strokes that follow (every stroke sets its own). */
  private setLineWidth(width: number): void {
    if (this.write === null) this.pdf.setLineWidth(width);
    else this.put('lineWidth', `${twoDecimals(width)} w`);
  }

  /** A straight line; `dash` draws it dashed. */
  line(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    colour: Colour,
    width = 0.75,
    dash?: number[],
  ): void {
    if (dash !== undefined && this.recording !== null) throw new NotRecordable();
    this.setStroke(colour);
    this.setLineWidth(width);
    if (dash !== undefined) this.pdf.setLineDashPattern(dash, 0);
    const [ax, ay, bx, by] = [clampX(x1), clampY(y1), clampX(x2), clampY(y2)];
    if (this.write === null) this.pdf.line(ax, ay, bx, by);
    else {
      // As jsPDF's line writes it: a move, then a line to the start plus the difference.
      this.write(`${twoDecimals(ax)} ${twoDecimals(PAGE.height - ay)} m`);
      this.write(`${twoDecimals(bx - ax + ax)} ${twoDecimals(PAGE.height - (by - ay + ay))} l`);
      this.write('S');
    }
    if (dash !== undefined) this.pdf.setLineDashPattern([], 0);
  }

  /** A filled rectangle with rounded corners of radius `radius` (drawn by jsPDF). */
  roundedRect(box: Box, radius: number, fill: Colour): void {
    if (this.recording !== null) throw new NotRecordable();
    this.setFill(fill);
    this.pdf.roundedRect(box.x, box.y, box.w, box.h, radius, radius, 'F');
  }

  /** A circle, filled and/or outlined. */
  circle(
    cx: number,
    cy: number,
    r: number,
    fill: Colour | null,
    stroke: Colour | null = null,
    lineWidth = 0.75,
  ): void {
    if (fill === null && stroke === null) return;
    if (this.recording !== null) throw new NotRecordable();
    if (fill !== null) this.setFill(fill);
    if (stroke !== null) {
      this.setStroke(stroke);
      this.setLineWidth(lineWidth);
    }
    this.pdf.circle(cx, cy, r, paintOf(fill, stroke).style);
  }

  /** Stamps the header and footer of every page, runs the deferred drawings; returns N. */
  finishPages(furniture: PageFurniture): number {
    const count = this.pages.length;
    this.pages.forEach((info, index) => {
      this.pdf.setPage(index + 1);
      this.startStream();
      this.drawFurniture(info, index + 1, count, furniture);
    });
    for (const { page, draw } of this.deferred) {
      this.pdf.setPage(page);
      this.startStream();
      draw(count);
    }
    this.faces.normal.compactGlyphList();
    this.faces.bold.compactGlyphList();
    return count;
  }

  private drawFurniture(
    info: PageInfo,
    page: number,
    count: number,
    furniture: PageFurniture,
  ): void {
    const small = { size: TYPE.small, colour: COLOURS.inkSoft };
    const width = PAGE.width - 2 * MARGIN;
    const lineTop = (baseline: number) => baseline - TYPE.small * BASELINE;
    if (!info.isCover) {
      this.stamp(`header|${furniture.title}|${info.section}`, () => {
        const top = lineTop(HEADER.baseline);
        const sectionWidth = Math.min(this.width(info.section, TYPE.small, 'bold'), width * 0.4);
        this.text(
          furniture.title,
          { x: MARGIN, y: top, w: width - sectionWidth - 24, h: 14 },
          { ...small, maxLines: 1, isSingleLine: true },
        );
        this.text(
          info.section,
          { x: PAGE.width - MARGIN - sectionWidth, y: top, w: sectionWidth, h: 14 },
          { ...small, style: 'bold', align: 'right', maxLines: 1, isSingleLine: true },
        );
        this.line(MARGIN, HEADER.rule, PAGE.width - MARGIN, HEADER.rule, COLOURS.line, 0.75);
      });
    }
    const top = lineTop(FOOTER.baseline);
    const number = `${page} / ${count}`;
    const numberWidth = this.width(number, TYPE.small, 'bold');
    this.text(
      number,
      { x: PAGE.width - MARGIN - numberWidth - 1, y: top, w: numberWidth + 1, h: 14 },
      { ...small, style: 'bold', align: 'right', maxLines: 1 },
    );
    this.stamp(`footer|${furniture.footer}|${numberWidth}`, () => {
      this.line(MARGIN, FOOTER.rule, PAGE.width - MARGIN, FOOTER.rule, COLOURS.line, 0.75);
      this.text(
        furniture.footer,
        { x: MARGIN, y: top, w: width - numberWidth - 24, h: 14 },
        { ...small, maxLines: 1, isSingleLine: true },
      );
    });
  }
}

/** The part of a box that lies on the page. */
function clampToPage(box: Box): Box {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const right = Math.min(PAGE.width, box.x + box.w);
  const bottom = Math.min(PAGE.height, box.y + box.h);
  return { x, y, w: Math.max(0, right - x), h: Math.max(0, bottom - y) };
}

function clampX(x: number): number {
  return Math.min(PAGE.width, Math.max(0, x));
}

function clampY(y: number): number {
  return Math.min(PAGE.height, Math.max(0, y));
}
