import { z } from 'zod';
import { idSchema, recordBaseSchema, text } from './base.ts';

/**
 * The seed's "modular, reusable AI components": what one candidate builds and others reuse.
 * A data pipeline for customer data built once and consumed by recommendations, churn and credit
 * scoring is the platform mindset; two candidates each building one is the duplication it warns of.
 */
export const COMPONENT_KINDS = [
  'data-pipeline',
  'feature-definition',
  'model-template',
  'monitoring',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const COMPONENT_KIND_LABELS: Readonly<Record<ComponentKind, string>> = {
  'data-pipeline': 'Data pipeline',
  'feature-definition': 'Feature definition',
  'model-template': 'Model template',
  monitoring: 'Monitoring',
};

export const MAX_CONSUMERS = 500;

export const componentSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  name: text(120).trim().min(1, 'a component has no name'),
  kind: z.enum(COMPONENT_KINDS),
  /** What data it serves, e.g. "customer data"; compared without case or extra spaces. */
  dataDomain: text(80),
  /** The candidate that builds it; null while nobody does. */
  providerId: idSchema.nullable(),
  /** The candidates that reuse it. */
  consumerIds: z.array(idSchema).max(MAX_CONSUMERS),
});

export type Component = z.infer<typeof componentSchema>;
