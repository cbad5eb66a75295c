/**
 * "Is the winner fragile?" for leaders: the badges of the top of the ranking with their reasons,
 * the close calls in sentences and the tornado of weights; then, when the workshop holds
 * scenarios, the comparison of the current settings with them. The same rules as the
 * Sensitivity screen (shared/sensitivity/).
 */
import { CRITERIA, TAG_LABELS } from '../../domain/criteria.ts';
import { BALANCE_DIMENSIONS, DIMENSION_SIDES } from '../../roadmap/balance.ts';
import { formatScore, QUADRANT_LABELS } from '../../domain/scoring.ts';
import { MAX_WEIGHT } from '../../records/workshop.ts';
import { runGrid } from '../../sensitivity/grid.ts';
import {
  closeCalls,
  closeCallSentence,
  formatWeight,
  ROBUSTNESS_LABELS,
  robustnessBadges,
  robustnessRules,
  tornado,
  TORNADO_TOP,
  tornadoRangeWords,
} from '../../sensitivity/robustness.ts';
import { compareScenarios, sortScenarios } from '../../sensitivity/scenarios.ts';
import type { DeckContext } from '../context.ts';
import { Flow, subheading } from '../flow.ts';
import { COLOURS, LINE_HEIGHT, TYPE } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const SENSITIVITY_TITLE = 'Sensitivity';
/** How many scenarios fit beside the current settings on a page. */
const MAX_COMPARED = 4;
export const SCENARIOS_TITLE = 'Scenarios compared';

const BADGE_COLOURS = {
  fragile: COLOURS.danger,
  sensitive: COLOURS.warning,
  robust: COLOURS.quickWins,
} as const;

function scoredCount(ctx: DeckContext): number {
  return ctx.ranked.filter((r) => r.scored.priority !== null).length;
}

function paragraph(out: DeckWriter, flow: Flow, text: string, size: number = TYPE.body): void {
  const fitted = out.fit(text, flow.box.w, 4, { size });
  const box = flow.block(fitted.lines.length * size * LINE_HEIGHT + 6);
  out.lines(fitted.lines, box, { size });
}

function renderSensitivity(ctx: DeckContext, out: DeckWriter): void {
  const { candidates } = ctx.doc;
  const settings = ctx.settings;
  const topN = settings.sensitivityTopN;
  const calls = closeCalls(candidates, settings, topN);
  // The table below shows the top N and the next one: only they need the grid's standings.
  const shown = topN + 1;
  const badges = robustnessBadges(
    candidates,
    settings,
    topN,
    runGrid(candidates, settings, topN, undefined, shown),
    calls,
  );
  const flow = new Flow(out, SENSITIVITY_TITLE, SENSITIVITY_TITLE);
  const rules = robustnessRules(topN, settings);
  for (const k of ['fragile', 'sensitive', 'robust'] as const) {
    paragraph(out, flow, rules[k], TYPE.compact);
  }
  const top = ctx.ranked.filter((r) => r.scored.priority !== null).slice(0, shown);
  const rows: TableRow[] = top.map((r) => {
    const badge = badges.get(r.candidate.id);
    return [
      { text: String(r.rank) },
      { text: r.candidate.title, style: 'bold' },
      formatScore(r.scored.priority),
      badge === undefined
        ? '–'
        : {
            text: ROBUSTNESS_LABELS[badge.robustness],
            style: 'bold',
            colour: BADGE_COLOURS[badge.robustness],
          },
      badge?.reason ?? '',
    ];
  });
  drawTable(
    out,
    [
      { header: 'Rank', width: 55, align: 'right' },
      { header: 'Candidate', width: 230, maxLines: 2 },
      { header: 'Priority', width: 60, align: 'right' },
      { header: 'Badge', width: 80 },
      { header: 'Why', width: 385, maxLines: 3 },
    ],
    rows,
    { section: SENSITIVITY_TITLE, heading: SENSITIVITY_TITLE, flow },
  );

  const closeFlow = new Flow(out, SENSITIVITY_TITLE, 'Close calls');
  paragraph(
    out,
    closeFlow,
    `The smallest change of one weight that swaps two neighbours in the ranking, down to rank ${topN + 1}; a change of a quarter or less is a close call.`,
    TYPE.compact,
  );
  drawTable(
    out,
    [
      { header: 'Ranks', width: 60 },
      { header: 'What would swap them', width: 700, maxLines: 3 },
    ],
    calls.map((call) => [
      { text: `${call.rank}–${call.rank + 1}`, style: call.isClose ? 'bold' : 'normal' },
      {
        text: `${call.isClose ? 'Close call: ' : ''}${closeCallSentence(call)}`,
        ...(call.isClose ? { colour: COLOURS.danger } : {}),
      },
    ]),
    { section: SENSITIVITY_TITLE, heading: 'Close calls', flow: closeFlow },
  );
  renderTornado(ctx, out);
}

function renderTornado(ctx: DeckContext, out: DeckWriter): void {
  const bars = tornado(ctx.doc.candidates, ctx.settings);
  if (bars.length === 0) return;
  const heading = `Weights over which the top ${TORNADO_TOP} stays the same`;
  const flow = new Flow(out, SENSITIVITY_TITLE, heading);
  paragraph(
    out,
    flow,
    `Each bar: the range of one criterion's weight (0 to ${MAX_WEIGHT}, every other weight as it is) over which the same ${TORNADO_TOP} candidates stay in the top ${TORNADO_TOP}; the line marks the weight now.`,
    TYPE.compact,
  );
  const row = 30;
  const label = 190;
  const figures = 150;
  const box = flow.block(bars.length * row + 24);
  const x0 = box.x + label;
  const x1 = box.x + box.w - figures;
  const at = (w: number) => x0 + ((x1 - x0) * w) / MAX_WEIGHT;
  bars.forEach((b, i) => {
    const y = box.y + i * row;
    const style = { size: TYPE.compact };
    out.text(
      CRITERIA[b.criterion].label,
      { x: box.x, y: y + 6, w: label - 10, h: row },
      {
        ...style,
        maxLines: 1,
        align: 'right',
      },
    );
    out.line(x0, y + row / 2, x1, y + row / 2, COLOURS.line, 1.5);
    out.rect(
      { x: at(b.low), y: y + 5, w: Math.max(2, at(b.high) - at(b.low)), h: row - 10 },
      COLOURS.accent,
    );
    out.line(at(b.now), y + 1, at(b.now), y + row - 1, COLOURS.ink, 2);
    const range = `${tornadoRangeWords(b)} (now ${formatWeight(b.now)})`;
    out.text(range, { x: x1 + 10, y: y + 6, w: figures - 10, h: row }, { ...style, maxLines: 1 });
  });
  for (const t of [0, 2, 4, 6, 8, 10]) {
    out.text(
      String(t),
      { x: at(t) - 15, y: box.y + bars.length * row + 4, w: 30, h: 16 },
      {
        size: TYPE.small,
        align: 'center',
        maxLines: 1,
        colour: COLOURS.inkSoft,
      },
    );
  }
}

/** A part's title, with room above it, on the next page when its table would not start here. */
function nextPart(out: DeckWriter, flow: Flow, title: string): void {
  if (flow.remaining < 110) flow.breakPage();
  else flow.take(10);
  subheading(out, flow, title);
}

function renderScenarios(ctx: DeckContext, out: DeckWriter): void {
  const scenarios = sortScenarios(ctx.doc.scenarios);
  const result = compareScenarios(ctx.doc, scenarios.slice(0, MAX_COMPARED));
  const names = result.columns.map((c) => c.name);
  const width = Math.floor(560 / names.length);
  const columns = [
    { header: 'Candidate', width: 220, maxLines: 2 },
    ...names.map((header) => ({ header, width })),
  ];
  const flow = new Flow(out, SCENARIOS_TITLE, SCENARIOS_TITLE);
  if (scenarios.length > MAX_COMPARED) {
    paragraph(
      out,
      flow,
      `The first ${MAX_COMPARED} scenarios made are compared with the current settings; the workshop holds ${scenarios.length}.`,
      TYPE.compact,
    );
  }
  nextPart(out, flow, `Who enters or leaves the top ${result.topN}`);
  drawTable(
    out,
    columns,
    result.topChanges.length === 0
      ? [[`The same top ${result.topN} in each`, ...names.map(() => '')]]
      : result.topChanges.map((c) => [
          { text: c.title, style: 'bold' },
          ...c.ranks.map((r) =>
            r === null ? { text: 'Not in it', colour: COLOURS.inkSoft } : `Rank ${r}`,
          ),
        ]),
    { section: SCENARIOS_TITLE, heading: SCENARIOS_TITLE, flow },
  );
  nextPart(out, flow, 'Who changes quadrant');
  drawTable(
    out,
    columns,
    result.quadrantChanges.length === 0
      ? [['No candidate changes quadrant', ...names.map(() => '')]]
      : result.quadrantChanges.map((c) => [
          { text: c.title, style: 'bold' },
          ...c.quadrants.map((q) => (q === null ? '–' : QUADRANT_LABELS[q])),
        ]),
    { section: SCENARIOS_TITLE, heading: SCENARIOS_TITLE, flow },
  );
  const phaseName = new Map(ctx.phases.map((p) => [p.id, p.name]));
  nextPart(out, flow, 'Where “Suggest a sequence” puts them');
  drawTable(
    out,
    columns,
    result.phaseChanges.length === 0
      ? [['The same phases in each', ...names.map(() => '')]]
      : result.phaseChanges.map((c) => [
          { text: c.title, style: 'bold' },
          ...c.phases.map((p) => (p === null ? 'Backlog' : (phaseName.get(p) ?? p))),
        ]),
    { section: SCENARIOS_TITLE, heading: SCENARIOS_TITLE, flow },
  );
  nextPart(out, flow, 'Portfolio balance of each suggested roadmap (share by count)');
  drawTable(
    out,
    columns.map((c, i) =>
      i === 0 ? { ...c, header: 'Share' } : { ...c, align: 'right' as const },
    ),
    BALANCE_DIMENSIONS.map((d) => [
      { text: TAG_LABELS[DIMENSION_SIDES[d][0]], style: 'bold' },
      ...result.columns.map((c) => {
        const share = c.balance[d];
        return share === null ? '–' : `${Math.round(share)}%`;
      }),
    ]),
    { section: SCENARIOS_TITLE, heading: SCENARIOS_TITLE, flow },
  );
}

export const SENSITIVITY_SECTION: DeckSection = {
  id: 'sensitivity',
  title: SENSITIVITY_TITLE,
  description:
    'Robust, Sensitive or Fragile: the badges, the close calls and the tornado of weights',
  hasData: (ctx) => scoredCount(ctx) >= 2,
  render: renderSensitivity,
};

export const SCENARIOS_SECTION: DeckSection = {
  id: 'scenarios',
  title: SCENARIOS_TITLE,
  description:
    'The current settings and the scenarios side by side: top, quadrants, phases, balance',
  hasData: (ctx) => ctx.doc.scenarios.length > 0 && scoredCount(ctx) > 0,
  render: renderScenarios,
};
