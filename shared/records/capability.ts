import { z } from 'zod';
import { idSchema, recordBaseSchema, text } from './base.ts';

/**
 * A capability the workshop's candidates need (the seed's "People"): data engineering, ML
 * engineering and so on, with what the organisation has of it — people who have it now, people
 * it plans to upskill, people it plans to hire. Candidates list the capabilities they need.
 */
const headcountSchema = z.number().int().min(0).max(9_999);

export const capabilitySchema = recordBaseSchema.extend({
  workshopId: idSchema,
  name: text(80).trim().min(1, 'a capability has no name'),
  have: headcountSchema,
  upskill: headcountSchema,
  hire: headcountSchema,
});
export type Capability = z.infer<typeof capabilitySchema>;

/** The seed's roles, which a workshop starts with (and can rename, remove or add to). */
export const SEED_CAPABILITIES = [
  'Data engineering',
  'ML engineering',
  'AI ethics and governance',
  'Change management',
  'Business analysis',
  'Domain expertise',
] as const;
