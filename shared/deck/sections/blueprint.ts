/**
 * The scaling blueprint (the seed's "Avoiding Pilot Purgatory"): the recommended pilot, why (one
 * sentence, the same as the Scale screen's), and every pilot with its four checklist scores and
 * what it falls short on.
 */
import { STAGE_LABELS } from '../../domain/criteria.ts';
import { PILOT_CRITERIA, PILOT_CRITERION_INFO } from '../../records/pilot.ts';
import type { Blueprint } from '../../scale/blueprint.ts';
import { chooseBlueprint, PILOT_MAX_TOTAL } from '../../scale/blueprint.ts';
import type { DeckContext } from '../context.ts';
import { Flow } from '../flow.ts';
import { COLOURS, LINE_HEIGHT, TYPE } from '../layout.ts';
import type { DeckSection } from '../section.ts';
import type { TableRow } from '../table.ts';
import { drawTable } from '../table.ts';
import type { DeckWriter } from '../writer.ts';

export const BLUEPRINT_TITLE = 'Scaling blueprint';

const STANDING_TEXT = {
  recommended: 'Recommended',
  ready: 'Ready to scale',
  short: 'Falls short',
  unscored: 'Not fully scored',
} as const;

/** One row per pilot: title, stage, the four scores, total, and its standing with the reasons. */
export function blueprintRows(blueprint: Blueprint): TableRow[] {
  return blueprint.pilots.map((p) => [
    { text: p.candidate.title, style: 'bold' },
    STAGE_LABELS[p.candidate.stage],
    ...PILOT_CRITERIA.map((k) => {
      const score = p.candidate.pilot[k].score;
      return score === null
        ? { text: '–', colour: COLOURS.inkSoft }
        : {
            text: `${score}/5`,
            ...(score < 3 ? { colour: COLOURS.danger, style: 'bold' as const } : {}),
          };
    }),
    p.total === null ? '–' : `${p.total}/${PILOT_MAX_TOTAL}`,
    {
      text:
        p.reasons.length === 0
          ? STANDING_TEXT[p.standing]
          : `${STANDING_TEXT[p.standing]}: ${p.reasons.join('; ')}`,
      ...(p.standing === 'recommended'
        ? { colour: COLOURS.quickWins, style: 'bold' as const }
        : p.standing === 'short'
          ? { colour: COLOURS.danger }
          : {}),
    },
  ]);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function render(ctx: DeckContext, out: DeckWriter): void {
  const blueprint = chooseBlueprint(ctx.doc);
  const flow = new Flow(out, BLUEPRINT_TITLE, BLUEPRINT_TITLE);
  const { recommended, why } = blueprint;
  if (recommended !== null) {
    const title = out.fit(recommended.candidate.title, flow.box.w - 20, 2, {
      size: TYPE.title,
      style: 'bold',
    });
    const box = flow.block(title.lines.length * TYPE.title * LINE_HEIGHT + 8);
    out.rect({ ...box, w: 6 }, COLOURS.quickWins);
    out.lines(
      title.lines,
      { ...box, x: box.x + 16, w: box.w - 16 },
      {
        size: TYPE.title,
        style: 'bold',
        colour: COLOURS.quickWins,
      },
    );
  }
  if (why !== null) {
    const fitted = out.fit(why, flow.box.w, 3, { size: TYPE.body });
    const box = flow.block(fitted.lines.length * TYPE.body * LINE_HEIGHT + 14);
    out.lines(fitted.lines, box, { size: TYPE.body });
  }
  drawTable(
    out,
    [
      { header: 'Pilot', width: 170, maxLines: 2 },
      { header: 'Stage', width: 90, maxLines: 2 },
      ...PILOT_CRITERIA.map((k) => ({
        header: capitalised(PILOT_CRITERION_INFO[k].short),
        width: 100,
        align: 'center' as const,
      })),
      { header: 'Total', width: 50, align: 'right' as const },
      { header: 'Standing', width: 180, maxLines: 3 },
    ],
    blueprintRows(blueprint),
    { section: BLUEPRINT_TITLE, heading: BLUEPRINT_TITLE, flow, headerLines: 2 },
  );
}

export const BLUEPRINT_SECTION: DeckSection = {
  id: 'blueprint',
  title: BLUEPRINT_TITLE,
  description: 'The pilot recommended as the scaling blueprint, and why; every pilot scored',
  hasData: (ctx) => chooseBlueprint(ctx.doc).pilots.length > 0,
  render,
};
