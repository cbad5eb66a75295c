import { z } from 'zod';
import { FEASIBILITY_CRITERIA, VALUE_CRITERIA } from '../domain/criteria.ts';
import { recordBaseSchema, text } from './base.ts';
import { timerSchema } from './agenda.ts';
import { changePlanSchema, literacySchema } from './people.ts';

/** The heaviest a criterion can weigh (a weight of 0 leaves it out). */
export const MAX_WEIGHT = 10;

const weightSchema = z.number().min(0).max(MAX_WEIGHT);

export function weightsSchema<const K extends readonly [string, ...string[]]>(keys: K) {
  return z.object(
    Object.fromEntries(keys.map((k) => [k, weightSchema])) as {
      [P in K[number]]: typeof weightSchema;
    },
  );
}

const percentSchema = z.number().min(0).max(100);

/** Quadrant lines on the 0-100 axes. */
export const thresholdsSchema = z.object({ value: percentSchema, feasibility: percentSchema });

/** Share of V in the priority; F gets the rest (PRODUCT.md: 0.6 / 0.4). */
export const valueShareSchema = z.number().min(0).max(1);

export const workshopSettingsSchema = z.object({
  valueWeights: weightsSchema(VALUE_CRITERIA),
  feasibilityWeights: weightsSchema(FEASIBILITY_CRITERIA),
  thresholds: thresholdsSchema,
  priorityValueShare: valueShareSchema,
  /** Healthy range for each portfolio share, in percent. */
  balanceBand: z
    .object({ min: percentSchema, max: percentSchema })
    .refine((b) => b.min <= b.max, 'the balance band minimum is above its maximum'),
  dotsPerParticipant: z.number().int().min(0).max(50),
  /** How far down the ranking the sensitivity watches: close calls and badges of the top N. */
  sensitivityTopN: z.number().int().min(1).max(50),
});

export type WorkshopSettings = z.infer<typeof workshopSettingsSchema>;

export const workshopSchema = recordBaseSchema.extend({
  title: text(200).trim().min(1, 'a workshop has no title'),
  organisation: text(200),
  facilitator: text(120),
  /** The workshop day, YYYY-MM-DD, or empty when not yet set. */
  date: z.union([z.iso.date(), z.literal('')]),
  settings: workshopSettingsSchema,
  /** What each audience needs to learn about AI (records/people.ts). */
  literacy: literacySchema,
  /** Per audience of the change, the key message and the concerns raised (records/people.ts). */
  changePlan: changePlanSchema,
  /** The countdown of the agenda step under way (records/agenda.ts). */
  timer: timerSchema,
});

export type Workshop = z.infer<typeof workshopSchema>;

export const DEFAULT_SETTINGS: WorkshopSettings = {
  valueWeights: { financialImpact: 1, strategicImportance: 1, riskMitigation: 1, learningValue: 1 },
  feasibilityWeights: {
    dataReadiness: 1,
    technicalComplexity: 1,
    integrationRequirements: 1,
    userReadiness: 1,
  },
  thresholds: { value: 50, feasibility: 50 },
  priorityValueShare: 0.6,
  balanceBand: { min: 30, max: 70 },
  dotsPerParticipant: 3,
  sensitivityTopN: 10,
};
