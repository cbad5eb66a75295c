import { z } from 'zod';
import { text } from './base.ts';

/**
 * The seed's "People" and "Change Management", kept on the workshop: what each audience needs to
 * learn about AI (AI literacy), and, per audience of the change, the key message and the concerns
 * the room raised. Short texts; each audience's fields are their own units, so two laptops
 * writing two audiences both keep theirs.
 */
export const LITERACY_AUDIENCES = ['businessUsers', 'technicalStaff', 'leaders'] as const;
export type LiteracyAudience = (typeof LITERACY_AUDIENCES)[number];

export const LITERACY_AUDIENCE_INFO: Readonly<
  Record<LiteracyAudience, { label: string; hint: string }>
> = {
  businessUsers: {
    label: 'Business users',
    hint: 'What AI can and cannot do, how to use it well in their work.',
  },
  technicalStaff: {
    label: 'Technical staff',
    hint: 'The deeper skills: building, deploying and running models.',
  },
  leaders: {
    label: 'Leaders',
    hint: 'Enough to make sound decisions about AI investments.',
  },
};

export const CHANGE_AUDIENCES = [
  'technicalTeams',
  'businessUsers',
  'leadership',
  'middleManagement',
] as const;
export type ChangeAudience = (typeof CHANGE_AUDIENCES)[number];

export const CHANGE_AUDIENCE_LABELS: Readonly<Record<ChangeAudience, string>> = {
  technicalTeams: 'Technical teams',
  businessUsers: 'Business users',
  leadership: 'Leadership',
  middleManagement: 'Middle management',
};

export const MAX_PLAN_TEXT = 500;

export const literacySchema = z.object(
  Object.fromEntries(LITERACY_AUDIENCES.map((k) => [k, text(MAX_PLAN_TEXT)])) as {
    [K in LiteracyAudience]: z.ZodString;
  },
);
export type Literacy = z.infer<typeof literacySchema>;

export const changeMessageSchema = z.object({
  message: text(MAX_PLAN_TEXT),
  concerns: text(MAX_PLAN_TEXT),
});
export type ChangeMessage = z.infer<typeof changeMessageSchema>;

export const changePlanSchema = z.object(
  Object.fromEntries(CHANGE_AUDIENCES.map((k) => [k, changeMessageSchema])) as {
    [K in ChangeAudience]: typeof changeMessageSchema;
  },
);
export type ChangePlan = z.infer<typeof changePlanSchema>;

export function emptyLiteracy(): Literacy {
  return Object.fromEntries(LITERACY_AUDIENCES.map((k) => [k, ''])) as Literacy;
}

export function emptyChangePlan(): ChangePlan {
  return Object.fromEntries(
    CHANGE_AUDIENCES.map((k) => [k, { message: '', concerns: '' }]),
  ) as ChangePlan;
}
