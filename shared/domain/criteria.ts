/**
 * The eight scoring criteria of the seed's "Creating Your AI Roadmap": four for value, four for
 * feasibility. Technical complexity and integration requirements are scored as the room says them
 * (5 = very complex / heavy) and count inverted in the feasibility score.
 */
export const VALUE_CRITERIA = [
  'financialImpact',
  'strategicImportance',
  'riskMitigation',
  'learningValue',
] as const;

export const FEASIBILITY_CRITERIA = [
  'dataReadiness',
  'technicalComplexity',
  'integrationRequirements',
  'userReadiness',
] as const;

/** All eight, value first. */
export const CRITERIA_KEYS = [...VALUE_CRITERIA, ...FEASIBILITY_CRITERIA] as const;

export type ValueCriterion = (typeof VALUE_CRITERIA)[number];
export type FeasibilityCriterion = (typeof FEASIBILITY_CRITERIA)[number];
export type Criterion = ValueCriterion | FeasibilityCriterion;
export type Axis = 'value' | 'feasibility';

export interface CriterionInfo {
  axis: Axis;
  label: string;
  /** What a 1 means, in one line. */
  low: string;
  /** What a 5 means, in one line. */
  high: string;
  /** True where a high score makes a project harder (counted as 6 - s). */
  isInverted: boolean;
}

export const CRITERIA: Readonly<Record<Criterion, CriterionInfo>> = {
  financialImpact: {
    axis: 'value',
    label: 'Direct financial impact',
    low: 'No measurable cost saving or revenue',
    high: 'Large, direct cost saving or new revenue',
    isInverted: false,
  },
  strategicImportance: {
    axis: 'value',
    label: 'Strategic importance',
    low: 'No effect on competitive positioning',
    high: 'Central to competitive positioning',
    isInverted: false,
  },
  riskMitigation: {
    axis: 'value',
    label: 'Risk mitigation',
    low: 'Reduces no business risk',
    high: 'Removes a major business or compliance risk',
    isInverted: false,
  },
  learningValue: {
    axis: 'value',
    label: 'Learning value',
    low: 'Builds no reusable capability',
    high: 'Builds skills and components others will reuse',
    isInverted: false,
  },
  dataReadiness: {
    axis: 'feasibility',
    label: 'Data readiness',
    low: 'Data missing, scattered or inaccessible',
    high: 'Clean, accessible data is ready',
    isInverted: false,
  },
  technicalComplexity: {
    axis: 'feasibility',
    label: 'Technical complexity',
    low: 'Well within current capabilities',
    high: 'Very complex: a moonshot for the current team',
    isInverted: true,
  },
  integrationRequirements: {
    axis: 'feasibility',
    label: 'Integration requirements',
    low: 'Stands alone, no system changes',
    high: 'Heavy integration with many existing systems',
    isInverted: true,
  },
  userReadiness: {
    axis: 'feasibility',
    label: 'User readiness',
    low: 'Users unaware of or resistant to AI',
    high: 'Users ready and asking for it',
    isInverted: false,
  },
};

export const EFFORT_SIZES = ['S', 'M', 'L', 'XL'] as const;
export type Effort = (typeof EFFORT_SIZES)[number];
export const EFFORT_POINTS: Readonly<Record<Effort, number>> = { S: 1, M: 2, L: 4, XL: 8 };

export const STAGES = [
  'idea',
  'pilot-running',
  'pilot-succeeded',
  'scaling',
  'in-production',
] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  idea: 'Idea',
  'pilot-running': 'Pilot running',
  'pilot-succeeded': 'Pilot succeeded',
  scaling: 'Scaling',
  'in-production': 'In production',
};

export const AUDIENCES = ['customer-facing', 'operational'] as const;
export const HORIZONS = ['quick-win', 'long-term'] as const;
export const APPROACHES = ['proven', 'experimental'] as const;
export type Audience = (typeof AUDIENCES)[number];
export type Horizon = (typeof HORIZONS)[number];
export type Approach = (typeof APPROACHES)[number];

export const TAG_LABELS: Readonly<Record<Audience | Horizon | Approach, string>> = {
  'customer-facing': 'Customer-facing',
  operational: 'Operational',
  // "horizon": never to be read as the Quick wins quadrant.
  'quick-win': 'Quick-win horizon',
  'long-term': 'Long-term horizon',
  proven: 'Proven',
  experimental: 'Experimental',
};
