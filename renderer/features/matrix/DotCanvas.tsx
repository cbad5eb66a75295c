import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Point } from '../../../shared/domain/matrix-geometry.ts';
import type { Size } from './cardLayout.ts';
import { DOT_SIZE_REM, remInPixels } from './cardLayout.ts';
import type { MatrixCardView } from './cardView.ts';
import { dotMarks } from './dotMarks.ts';
import type { DotMark } from './dotMarks.ts';

/** The colours and type of the dots, read from the canvas's CSS (matrix.css `.plot-dots`). */
interface DotStyle {
  fill: Readonly<Record<DotMark['look'], string>>;
  ink: string;
  dimmedInk: string;
  line: string;
  dimmedLine: string;
  ring: string;
  font: string;
  letterSpacing: string;
  rem: number;
}

function dotStyle(canvas: HTMLCanvasElement): DotStyle {
  const css = getComputedStyle(canvas);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    fill: {
      'quick-wins': v('--quick-wins'),
      'strategic-bets': v('--strategic-bets'),
      'fill-ins': v('--fill-ins'),
      reconsider: v('--card-reconsider'),
      dimmed: v('--dimmed-bg'),
    },
    ink: css.color,
    dimmedInk: v('--dimmed-ink'),
    line: v('--card-line'),
    dimmedLine: v('--dimmed-line'),
    ring: v('--danger'),
    font: `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`,
    letterSpacing: css.letterSpacing,
    rem: remInPixels(),
  };
}

/** A dot's ring and fill, drawn once per look and scale: each dot is then one copy of it. */
function dotSprite(style: DotStyle, look: DotMark['look'], isMismatched: boolean, ratio: number) {
  const size = DOT_SIZE_REM * style.rem;
  const side = Math.ceil(size * ratio) + 2;
  const sprite = document.createElement('canvas');
  sprite.width = side;
  sprite.height = side;
  const ctx = sprite.getContext('2d');
  if (ctx) {
    const isDimmed = look === 'dimmed';
    // A border is drawn inside the box: the stroke's centre is half its width in.
    const lineWidth = isMismatched || isDimmed ? 2 : 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.beginPath();
    ctx.arc(side / ratio / 2, side / ratio / 2, size / 2 - lineWidth / 2, 0, 2 * Math.PI);
    ctx.fillStyle = style.fill[look];
    ctx.fill();
    ctx.lineWidth = lineWidth;
    ctx.setLineDash(lineWidth === 2 ? [6, 3] : []);
    ctx.strokeStyle = isMismatched ? style.ring : isDimmed ? style.dimmedLine : style.line;
    ctx.stroke();
  }
  return sprite;
}

/**
 * Paints the marks as the dot buttons' own CSS would: a ring, a fill and the number. The rings
 * and fills are copies of a few sprites, placed on whole device pixels: 5,000 arcs drawn one by
 * one took the page 150 ms to rasterise.
 */
function paint(
  canvas: HTMLCanvasElement,
  marks: readonly DotMark[],
  plot: Size,
  ratio: number,
): void {
  canvas.width = Math.round(plot.width * ratio);
  canvas.height = Math.round(plot.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const style = dotStyle(canvas);
  const sprites = new Map<string, HTMLCanvasElement>();
  ctx.font = style.font;
  ctx.letterSpacing = style.letterSpacing;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const mark of marks) {
    const key = `${mark.look} ${mark.isMismatched}`;
    let sprite = sprites.get(key);
    if (!sprite) {
      sprite = dotSprite(style, mark.look, mark.isMismatched, ratio);
      sprites.set(key, sprite);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(
      sprite,
      Math.round(mark.x * ratio - sprite.width / 2),
      Math.round(mark.y * ratio - sprite.height / 2),
    );
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = mark.look === 'dimmed' ? style.dimmedInk : style.ink;
    ctx.fillText(mark.label, mark.x, mark.y);
  }
}

/**
 * The dense view's dots, painted on one canvas under their transparent buttons (dotMarks.ts).
 * Painted before the browser paints, whenever the dots, their nudges, the plot or the screen's
 * pixel density change.
 */
export const DotCanvas = memo(function DotCanvas({
  views,
  offsets,
  plot,
}: {
  views: readonly MatrixCardView[];
  offsets: ReadonlyMap<string, Point>;
  plot: Size;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Device pixels per CSS pixel: painted again, sharp, when the window moves to another screen.
  const [ratio, setRatio] = useState(() => window.devicePixelRatio || 1);
  useEffect(() => {
    const screen = matchMedia(`(resolution: ${ratio}dppx)`);
    const update = () => setRatio(window.devicePixelRatio || 1);
    screen.addEventListener('change', update);
    return () => screen.removeEventListener('change', update);
  }, [ratio]);
  useLayoutEffect(() => {
    if (ref.current) paint(ref.current, dotMarks(views, offsets, plot), plot, ratio);
  }, [views, offsets, plot, ratio]);
  return <canvas ref={ref} className="plot-dots" aria-hidden="true" />;
});
