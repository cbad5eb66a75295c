import { z } from 'zod';
import { idSchema, recordBaseSchema, text } from './base.ts';

const gatePercent = z.number().int().min(0).max(100).nullable();

/** A column of the roadmap: "Phase 1 - Foundation" and so on, with a time span and a capacity. */
export const phaseSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  name: text(120).min(1, 'a phase has no name'),
  timeSpan: text(60),
  /** Capacity in effort points (S=1, M=2, L=4, XL=8). */
  capacity: z.number().int().min(0).max(10_000),
  order: z.number().int().min(0).max(1_000),
  /**
   * The governance readiness (percent, per area) a candidate needs to be scheduled in this phase,
   * e.g. "Phase 2: data governance at least 75%"; null where the phase asks nothing of an area.
   */
  readinessGate: z.object({ data: gatePercent, model: gatePercent, ethics: gatePercent }),
});

export type Phase = z.infer<typeof phaseSchema>;
export type ReadinessGate = Phase['readinessGate'];

/** A phase that asks no readiness of anyone. */
export const NO_READINESS_GATE: ReadinessGate = { data: null, model: null, ethics: null };

/** The seed's "Strategic sequencing": internal productivity first, customer value next, deep integration last. */
export const DEFAULT_PHASES: ReadonlyArray<Pick<Phase, 'name' | 'timeSpan' | 'capacity'>> = [
  { name: 'Phase 1 - Foundation', timeSpan: 'Months 0-6', capacity: 12 },
  { name: 'Phase 2 - Expansion', timeSpan: 'Months 6-12', capacity: 16 },
  { name: 'Phase 3 - Transformation', timeSpan: 'Months 12-24', capacity: 20 },
];
