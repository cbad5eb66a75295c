import { z } from 'zod';
import { text } from './base.ts';

/**
 * The governance checklist of PRODUCT.md ("Scaling blueprint and governance") and the seed's
 * "Process": eleven items in three areas, each not started, in progress, done or not applicable,
 * with an owner and a note. Kept on each candidate as a plain object of items, so that two laptops
 * setting two different items (or the state and the owner of one) both keep theirs.
 */
export const GOVERNANCE_AREAS = ['data', 'model', 'ethics'] as const;
export type GovernanceArea = (typeof GOVERNANCE_AREAS)[number];

export const GOVERNANCE_AREA_LABELS: Readonly<Record<GovernanceArea, string>> = {
  data: 'Data governance',
  model: 'Model governance',
  ethics: 'Ethical review',
};

export const GOVERNANCE_ITEMS = [
  'ownershipAndAccess',
  'qualityStandards',
  'privacyAndCompliance',
  'retentionAndDeletion',
  'documentationAndVersioning',
  'monitoringAndRetraining',
  'gradualRollout',
  'trainingDataBias',
  'fairness',
  'deploymentContext',
  'feedbackChannels',
] as const;
export type GovernanceItem = (typeof GOVERNANCE_ITEMS)[number];

export const GOVERNANCE_ITEM_INFO: Readonly<
  Record<GovernanceItem, { area: GovernanceArea; label: string; short: string }>
> = {
  ownershipAndAccess: { area: 'data', label: 'Ownership and access', short: 'Owner, access' },
  qualityStandards: { area: 'data', label: 'Quality standards', short: 'Quality' },
  privacyAndCompliance: { area: 'data', label: 'Privacy and compliance', short: 'Privacy' },
  retentionAndDeletion: { area: 'data', label: 'Retention and deletion', short: 'Retain, delete' },
  documentationAndVersioning: {
    area: 'model',
    label: 'Documentation and versioning',
    short: 'Docs, versions',
  },
  monitoringAndRetraining: {
    area: 'model',
    label: 'Monitoring and retraining triggers',
    short: 'Monitor, retrain',
  },
  gradualRollout: {
    area: 'model',
    label: 'A/B testing and gradual rollout',
    short: 'A/B, rollout',
  },
  trainingDataBias: { area: 'ethics', label: 'Training-data bias', short: 'Data bias' },
  fairness: { area: 'ethics', label: 'Fairness across demographics', short: 'Fairness' },
  deploymentContext: { area: 'ethics', label: 'Deployment context', short: 'Context' },
  feedbackChannels: { area: 'ethics', label: 'Feedback channels', short: 'Feedback' },
};

export const GOVERNANCE_STATES = ['not-started', 'in-progress', 'done', 'n/a'] as const;
export type GovernanceState = (typeof GOVERNANCE_STATES)[number];

export const GOVERNANCE_STATE_LABELS: Readonly<Record<GovernanceState, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'n/a': 'Not applicable',
};

/** Each state as a symbol and a short word, so a cell reads in black and white (app and deck). */
export const GOVERNANCE_STATE_MARKS: Readonly<
  Record<GovernanceState, { symbol: string; word: string }>
> = {
  'not-started': { symbol: '○', word: 'Not started' },
  'in-progress': { symbol: '◐', word: 'In progress' },
  done: { symbol: '✓', word: 'Done' },
  'n/a': { symbol: '–', word: 'N/A' },
};

export const governanceItemSchema = z.object({
  state: z.enum(GOVERNANCE_STATES),
  owner: text(120),
  note: text(1_000),
});
export type GovernanceItemState = z.infer<typeof governanceItemSchema>;

export const governanceSchema = z.object(
  Object.fromEntries(GOVERNANCE_ITEMS.map((k) => [k, governanceItemSchema])) as {
    [K in GovernanceItem]: typeof governanceItemSchema;
  },
);
export type Governance = z.infer<typeof governanceSchema>;

/** The checklist of a candidate nobody has reviewed yet: every item not started. */
export function emptyGovernance(): Governance {
  return Object.fromEntries(
    GOVERNANCE_ITEMS.map((k) => [k, { state: 'not-started', owner: '', note: '' }]),
  ) as Governance;
}
