/**
 * Portfolio balance: for quick-win vs long-term horizon, customer-facing vs operational and proven vs
 * experimental, the share by count and by effort drawn against the workshop's healthy band, with
 * the advice sentence where a share is out of band; the spread over departments; and, once
 * candidates are scheduled, the shares per phase.
 */
import { TAG_LABELS } from '../../domain/criteria.ts';
import type { BalanceGroup, DimensionBalance } from '../../roadmap/balance.ts';
import { shareBar, tint } from '../charts.ts';
import type { DeckContext } from '../context.ts';
import type { Box } from '../layout.ts';
import { COLOURS, CONTENT, TYPE, linesHeight } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const BALANCE_TITLE = 'Portfolio balance';

const BAR_COLOURS = { a: COLOURS.accent, b: tint(COLOURS.accent, 0.3) };

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share)}%`;
}

function shareText(d: DimensionBalance, share: number | null): string {
  if (share === null) return 'nothing tagged';
  return `${TAG_LABELS[d.a.key]} ${percent(share)} · ${TAG_LABELS[d.b.key]} ${percent(100 - share)}`;
}

/** The group the page is about: the roadmap once anything is scheduled, else every candidate. */
function focus(ctx: DeckContext): { group: BalanceGroup; caption: string } {
  const band = ctx.settings.balanceBand;
  const bandText = `Healthy band: ${band.min}–${band.max}% (the green marks).`;
  if (ctx.scheduledCount > 0) {
    const g = ctx.balance.roadmap;
    return {
      group: g,
      caption: `The roadmap: ${g.count} scheduled candidates, ${g.effort} effort points. ${bandText}`,
    };
  }
  const g = ctx.balance.all;
  return {
    group: g,
    caption: `All ${g.count} candidates (nothing is scheduled yet), ${g.effort} effort points. ${bandText}`,
  };
}

function drawDimension(ctx: DeckContext, out: DeckWriter, d: DimensionBalance, box: Box): void {
  out.text(
    `${TAG_LABELS[d.a.key]} vs ${TAG_LABELS[d.b.key].toLowerCase()}`,
    { ...box, h: 18 },
    {
      size: TYPE.body,
      style: 'bold',
      maxLines: 1,
    },
  );
  const labelW = 70;
  const barW = 250;
  const rows: Array<[string, number | null, boolean]> = [
    ['By count', d.shareByCount, d.isOutOfBandByCount],
    ['By effort', d.shareByEffort, d.isOutOfBandByEffort],
  ];
  rows.forEach(([label, share, isOut], i) => {
    const y = box.y + 26 + i * 24;
    out.text(
      label,
      { x: box.x, y, w: labelW, h: 14 },
      { size: TYPE.small, colour: COLOURS.inkSoft, maxLines: 1 },
    );
    shareBar(
      out,
      { x: box.x + labelW, y: y + 1, w: barW, h: 11 },
      share,
      ctx.settings.balanceBand,
      BAR_COLOURS,
    );
    out.text(
      shareText(d, share),
      { x: box.x + labelW + barW + 12, y, w: box.w - labelW - barW - 12, h: 14 },
      {
        size: TYPE.small,
        style: isOut ? 'bold' : 'normal',
        colour: isOut ? COLOURS.danger : COLOURS.ink,
        maxLines: 1,
      },
    );
  });
  let y = box.y + 76;
  if (d.unset.count > 0) {
    out.text(
      `${d.unset.count} untagged, counted in neither share.`,
      { ...box, y, h: 13 },
      {
        size: TYPE.small,
        colour: COLOURS.inkSoft,
        maxLines: 1,
      },
    );
    y += 14;
  }
  if (d.advice !== null) {
    out.text(
      d.advice,
      { ...box, y, h: box.y + box.h - y },
      { size: TYPE.small, style: 'bold', colour: COLOURS.danger, maxLines: 2 },
    );
  }
}

function drawDepartments(ctx: DeckContext, out: DeckWriter, box: Box): void {
  out.text(
    'Departments, by effort',
    { ...box, h: 18 },
    { size: TYPE.body, style: 'bold', maxLines: 1 },
  );
  out.text(
    'Effort points · candidates',
    { ...box, y: box.y + 20, h: 14 },
    { size: TYPE.small, colour: COLOURS.inkSoft, maxLines: 1 },
  );
  const top = box.y + 42;
  const rowH = 24;
  const max = Math.max(1, ...ctx.departments.map((d) => d.effort));
  const fit = Math.floor((box.y + box.h - top - 16) / rowH);
  const shown = ctx.departments.length <= fit + 1 ? ctx.departments : ctx.departments.slice(0, fit);
  const labelW = 130;
  const numberW = 64;
  shown.forEach((d, i) => {
    const y = top + i * rowH;
    out.text(
      d.label,
      { x: box.x, y, w: labelW - 6, h: 14 },
      { size: TYPE.small, maxLines: 1, isSingleLine: true },
    );
    const barW = box.w - labelW - numberW;
    out.rect(
      { x: box.x + labelW, y: y + 2, w: Math.max(1, (barW * d.effort) / max), h: 10 },
      COLOURS.accent,
    );
    out.text(
      `${d.effort} ${d.effort === 1 ? 'pt' : 'pts'} · ${d.count}`,
      { x: box.x + box.w - numberW, y, w: numberW, h: 14 },
      { size: TYPE.small, align: 'right', colour: COLOURS.inkSoft, maxLines: 1 },
    );
  });
  const rest = ctx.departments.length - shown.length;
  if (rest > 0) {
    out.text(
      `+ ${rest} more departments`,
      { ...box, y: top + shown.length * rowH, h: 14 },
      { size: TYPE.small, colour: COLOURS.inkSoft, maxLines: 1 },
    );
  }
}

function drawPerPhase(ctx: DeckContext, out: DeckWriter): void {
  const cell = (d: DimensionBalance | undefined) =>
    d === undefined
      ? '–'
      : {
          text: `${percent(d.shareByEffort)} / ${percent(d.shareByCount)}`,
          colour: d.isOutOfBand ? COLOURS.danger : COLOURS.ink,
          style: d.isOutOfBand ? ('bold' as const) : ('normal' as const),
        };
  const rows: TableRow[] = ctx.balance.phases.map((p) => [
    { text: p.phaseName, style: 'bold' },
    String(p.count),
    String(p.effort),
    cell(p.dimensions[0]),
    cell(p.dimensions[1]),
    cell(p.dimensions[2]),
  ]);
  drawTable(
    out,
    [
      { header: 'Phase', width: 260, maxLines: 2 },
      { header: 'Candidates', width: 110, align: 'right' },
      { header: 'Points', width: 80, align: 'right' },
      { header: 'Quick-win horizon', width: 140, align: 'right' },
      { header: 'Customer-facing', width: 150, align: 'right' },
      { header: 'Proven', width: 140, align: 'right' },
    ],
    rows,
    {
      section: BALANCE_TITLE,
      heading: 'Balance per phase',
      size: TYPE.body,
      intro: (o, box) =>
        o.text(
          'Share by effort / by count of the tagged candidates in each phase; red: outside the healthy band.',
          { ...box, h: 30 },
          {
            size: TYPE.compact,
            colour: COLOURS.inkSoft,
            maxLines: 2,
          },
        ).height + 10,
    },
  );
}

function render(ctx: DeckContext, out: DeckWriter): void {
  out.addPage(BALANCE_TITLE);
  out.heading(BALANCE_TITLE);
  const { group, caption } = focus(ctx);
  out.text(
    caption,
    { ...CONTENT, h: linesHeight(1, TYPE.compact) },
    { size: TYPE.compact, colour: COLOURS.inkSoft, maxLines: 1 },
  );
  const left: Box = { x: CONTENT.x, y: CONTENT.y + 30, w: 560, h: CONTENT.h - 30 };
  const blockH = left.h / 3;
  group.dimensions.forEach((d, i) =>
    drawDimension(ctx, out, d, { ...left, y: left.y + i * blockH, h: blockH - 8 }),
  );
  drawDepartments(ctx, out, {
    x: CONTENT.x + 600,
    y: CONTENT.y + 30,
    w: CONTENT.w - 600,
    h: CONTENT.h - 30,
  });
  if (ctx.scheduledCount > 0 && ctx.balance.phases.length > 0) drawPerPhase(ctx, out);
}

export const BALANCE_SECTION: DeckSection = {
  id: 'balance',
  title: BALANCE_TITLE,
  description: 'Quick-win horizon, customer-facing and proven shares against the healthy band',
  hasData: (ctx) => ctx.balance.all.dimensions.some((d) => d.shareByCount !== null),
  render,
};
