import { z } from 'zod';
import { FEASIBILITY_CRITERIA, VALUE_CRITERIA } from '../domain/criteria.ts';
import { idSchema, recordBaseSchema, text } from './base.ts';
import { thresholdsSchema, valueShareSchema, weightsSchema } from './workshop.ts';

/**
 * A named set of the settings the ranking and the roadmap depend on ("Conservative",
 * "Aggressive"): weights, quadrant thresholds, the value share of the priority and phase
 * capacities. Stored in the workshop, compared side by side, and adopted as its settings. Each
 * weight and threshold is its own unit, so two laptops changing two of them both keep theirs; the
 * capacities are one unit (a list, not an object keyed by phase id: an id may be any text).
 */
export const scenarioSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  name: text(80).trim().min(1, 'a scenario has no name'),
  valueWeights: weightsSchema(VALUE_CRITERIA),
  feasibilityWeights: weightsSchema(FEASIBILITY_CRITERIA),
  thresholds: thresholdsSchema,
  priorityValueShare: valueShareSchema,
  /** Capacity per phase, in effort points; a phase not listed keeps its own. */
  capacities: z
    .array(z.object({ phaseId: idSchema, capacity: z.number().int().min(0).max(10_000) }))
    .max(100),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** How many scenarios a workshop keeps. */
export const MAX_SCENARIOS = 50;
