/**
 * The method appendix: how the figures in this deck were made, so that a leader can trust them
 * or question them — each criterion with what a 1 and a 5 mean and its weight in this workshop,
 * the quadrant thresholds, the priority formula in words, effort points and the balance band.
 */
import {
  CRITERIA,
  EFFORT_POINTS,
  EFFORT_SIZES,
  FEASIBILITY_CRITERIA,
  VALUE_CRITERIA,
} from '../../domain/criteria.ts';
import { QUADRANT_LABELS } from '../../domain/scoring.ts';
import type { DeckContext } from '../context.ts';
import { COLOURS, LINE_HEIGHT, TYPE } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const METHOD_TITLE = 'Method';

function weightText(w: number): string {
  return w === 0 ? '0 (left out)' : String(Math.round(w * 100) / 100);
}

/** The paragraphs under the criteria table, with this workshop's settings. */
export function methodParagraphs(ctx: DeckContext): string[] {
  const s = ctx.settings;
  const valuePercent = Math.round(s.priorityValueShare * 100);
  const v = s.thresholds.value;
  const f = s.thresholds.feasibility;
  return [
    'Value V and feasibility F: on each axis, the weighted mean of the criteria the room scored, mapped to 0-100 (a score of 1 counts 0, a 5 counts 100). The criteria marked * count inverted (6 minus the score): a 5 makes a project harder. A criterion nobody scored is left out; a candidate with no score on an axis has no position on it.',
    `Priority P: ${valuePercent}% of V plus ${100 - valuePercent}% of F, plus 5 points for every value criterion scored 4 or 5 beyond the first (projects strong on several dimensions come before those strong on one), at most 100.`,
    `Quadrants, at V ${v} and F ${f} (a score equal to a threshold counts as high): ${QUADRANT_LABELS['quick-wins']} (V ≥ ${v}, F ≥ ${f}), ${QUADRANT_LABELS['strategic-bets']} (V ≥ ${v}, F < ${f}), ${QUADRANT_LABELS['fill-ins']} (V < ${v}, F ≥ ${f}) and ${QUADRANT_LABELS.reconsider} (both below). On the matrix a dot stands where the room placed the candidate, else where its scores put it.`,
    `Effort: ${EFFORT_SIZES.map((e) => `${e} = ${EFFORT_POINTS[e]}`).join(', ')} points; a phase's capacity is counted in the same points. Portfolio balance: a share of quick-win, customer-facing or proven projects outside ${s.balanceBand.min}–${s.balanceBand.max}% is flagged, by count and by effort.`,
  ];
}

/** One row per criterion: name, axis, weight, what a 1 and a 5 mean. */
export function criteriaRows(ctx: DeckContext): TableRow[] {
  const s = ctx.settings;
  return [...VALUE_CRITERIA, ...FEASIBILITY_CRITERIA].map((key) => {
    const info = CRITERIA[key];
    const weight =
      info.axis === 'value'
        ? s.valueWeights[key as keyof typeof s.valueWeights]
        : s.feasibilityWeights[key as keyof typeof s.feasibilityWeights];
    return [
      { text: `${info.label}${info.isInverted ? ' *' : ''}`, style: 'bold' },
      info.axis === 'value' ? 'Value' : 'Feasibility',
      weightText(weight),
      info.low,
      info.high,
    ];
  });
}

function render(ctx: DeckContext, out: DeckWriter): void {
  const flow = drawTable(
    out,
    [
      // Widths fit every criterion's name and meanings on one line (12 pt, 5 pt padding).
      { header: 'Criterion', width: 194, maxLines: 2 },
      { header: 'Axis', width: 80 },
      { header: 'Weight', width: 59, align: 'right' },
      { header: '1 means', width: 247, maxLines: 2 },
      { header: '5 means', width: 300, maxLines: 2 },
    ],
    criteriaRows(ctx),
    { section: METHOD_TITLE, heading: 'Method: how the figures are made', size: TYPE.compact },
  );
  const lineH = TYPE.compact * LINE_HEIGHT;
  flow.take(8);
  for (const paragraph of methodParagraphs(ctx)) {
    const fitted = out.fit(paragraph, flow.box.w, 6, { size: TYPE.compact });
    const top = flow.take(fitted.lines.length * lineH + 6);
    out.lines(
      fitted.lines,
      { ...flow.box, y: top, h: fitted.lines.length * lineH },
      { size: TYPE.compact, colour: COLOURS.ink },
    );
  }
}

export const METHOD_SECTION: DeckSection = {
  id: 'method',
  title: METHOD_TITLE,
  description: 'Criteria, weights, thresholds and the priority formula in words',
  hasData: () => true,
  render,
};
