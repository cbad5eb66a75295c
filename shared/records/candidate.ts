import { z } from 'zod';
import {
  APPROACHES,
  AUDIENCES,
  EFFORT_SIZES,
  FEASIBILITY_CRITERIA,
  HORIZONS,
  STAGES,
  VALUE_CRITERIA,
} from '../domain/criteria.ts';
import { idSchema, rankSchema, recordBaseSchema, text } from './base.ts';
import { governanceSchema } from './governance.ts';
import { pilotChecklistSchema } from './pilot.ts';

/** A criterion score: 1-5, or null while the room has not scored it. */
export const scoreSchema = z.number().int().min(1).max(5).nullable();

function scoresSchema<const K extends readonly [string, ...string[]]>(keys: K) {
  return z.object(
    Object.fromEntries(keys.map((k) => [k, scoreSchema])) as {
      [P in K[number]]: typeof scoreSchema;
    },
  );
}

export const valueScoresSchema = scoresSchema(VALUE_CRITERIA);
export const feasibilityScoresSchema = scoresSchema(FEASIBILITY_CRITERIA);

/** The facilitator's consensus spot on the matrix: x = feasibility, y = value, both 0-100. */
export const placementSchema = z.object({
  x: z.number().min(0).max(100),
  y: z.number().min(0).max(100),
});

/**
 * "Keep placement": the room decided a card belongs where it was put, not where its scores say.
 * The reason, and the placement and scores it was given for, so that the mismatch flag stays quiet
 * only until either changes.
 */
export const keptPlacementSchema = z.object({
  reason: text(200).trim().min(1, 'a kept placement has no reason'),
  placement: placementSchema,
  value: z.number().min(0).max(100).nullable(),
  feasibility: z.number().min(0).max(100).nullable(),
});

export const MAX_DEPENDENCIES = 200;
export const MAX_CAPABILITIES = 100;

/** An AI project / use case the room weighs. */
export const candidateSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  title: text(300).trim().min(1, 'a candidate has no title'),
  description: text(5_000),
  owner: text(120),
  department: text(120),
  stage: z.enum(STAGES),
  audience: z.enum(AUDIENCES).nullable(),
  horizon: z.enum(HORIZONS).nullable(),
  approach: z.enum(APPROACHES).nullable(),
  effort: z.enum(EFFORT_SIZES),
  valueScores: valueScoresSchema,
  feasibilityScores: feasibilityScoresSchema,
  placement: placementSchema.nullable(),
  keptPlacement: keptPlacementSchema.nullable().default(null),
  dependencies: z.array(idSchema).max(MAX_DEPENDENCIES),
  notes: text(10_000),
  phaseId: idSchema.nullable(),
  /** Position inside its phase (or the backlog): compared as a string, ties broken by priority. */
  phaseRank: rankSchema,
  /** The governance checklist (records/governance.ts): eleven items, each merged on its own. */
  governance: governanceSchema,
  /** The pilot-scaling checklist (records/pilot.ts); read only while the stage is a pilot that succeeded or scaling. */
  pilot: pilotChecklistSchema,
  /** The capabilities (records/capability.ts) the candidate needs people for. */
  capabilities: z.array(idSchema).max(MAX_CAPABILITIES),
});

export type Candidate = z.infer<typeof candidateSchema>;
export type ValueScores = z.infer<typeof valueScoresSchema>;
export type FeasibilityScores = z.infer<typeof feasibilityScoresSchema>;
export type Placement = z.infer<typeof placementSchema>;
export type KeptPlacement = z.infer<typeof keptPlacementSchema>;
export type Score = z.infer<typeof scoreSchema>;

export const EMPTY_VALUE_SCORES: ValueScores = {
  financialImpact: null,
  strategicImportance: null,
  riskMitigation: null,
  learningValue: null,
};

export const EMPTY_FEASIBILITY_SCORES: FeasibilityScores = {
  dataReadiness: null,
  technicalComplexity: null,
  integrationRequirements: null,
  userReadiness: null,
};
