import { z } from 'zod';
import { text } from './base.ts';

/**
 * The seed's pilot-scaling checklist ("Avoiding Pilot Purgatory"): does the pilot solve a genuine
 * business problem, show a clear ROI, have users who accept it, and rest on patterns that repeat?
 * Scored 1-5 each, with the evidence, for candidates whose pilot succeeded or that are scaling.
 */
export const PILOT_CRITERIA = [
  'businessProblem',
  'roi',
  'userAcceptance',
  'repeatablePatterns',
] as const;
export type PilotCriterion = (typeof PILOT_CRITERIA)[number];

export const PILOT_CRITERION_INFO: Readonly<
  Record<PilotCriterion, { label: string; short: string; shortfall: string; unscored: string }>
> = {
  businessProblem: {
    label: 'Genuine business problem',
    short: 'business problem',
    shortfall: 'the business problem is not shown to be a genuine one yet',
    unscored: 'the business problem is not scored yet',
  },
  roi: {
    label: 'Clear ROI',
    short: 'ROI',
    shortfall: 'ROI not shown yet',
    unscored: 'ROI not scored yet',
  },
  userAcceptance: {
    label: 'User acceptance',
    short: 'user acceptance',
    shortfall: 'users have not accepted it yet',
    unscored: 'user acceptance not scored yet',
  },
  repeatablePatterns: {
    label: 'Repeatable patterns',
    short: 'repeatable patterns',
    shortfall: 'its patterns are not shown to repeat elsewhere yet',
    unscored: 'repeatable patterns not scored yet',
  },
};

export const pilotCriterionSchema = z.object({
  score: z.number().int().min(1).max(5).nullable(),
  evidence: text(1_000),
});

export const pilotChecklistSchema = z.object(
  Object.fromEntries(PILOT_CRITERIA.map((k) => [k, pilotCriterionSchema])) as {
    [K in PilotCriterion]: typeof pilotCriterionSchema;
  },
);
export type PilotChecklist = z.infer<typeof pilotChecklistSchema>;

/** A checklist nobody has scored yet. */
export function emptyPilotChecklist(): PilotChecklist {
  return Object.fromEntries(
    PILOT_CRITERIA.map((k) => [k, { score: null, evidence: '' }]),
  ) as PilotChecklist;
}
