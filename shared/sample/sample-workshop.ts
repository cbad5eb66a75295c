import type { Candidate, FeasibilityScores, Score, ValueScores } from '../records/candidate.ts';
import type { CandidateFields, RecordEnv } from '../domain/factories.ts';
import {
  blankCandidateFields,
  cloneData,
  createCandidate,
  createWorkshop,
  stampAt,
} from '../domain/factories.ts';
import { SEED_AGENDA } from '../records/agenda.ts';
import type { Capability, SEED_CAPABILITIES } from '../records/capability.ts';
import type { Component } from '../records/component.ts';
import type { Governance, GovernanceItem, GovernanceState } from '../records/governance.ts';
import { emptyGovernance } from '../records/governance.ts';
import type { PilotChecklist, PilotCriterion } from '../records/pilot.ts';
import { emptyPilotChecklist, PILOT_CRITERIA } from '../records/pilot.ts';
import { canonicalSet } from '../records/units.ts';
import type { ReplicaDocument, WorkshopDocument } from '../domain/document.ts';
import { createdReplica } from '../domain/document.ts';

/**
 * The sample workshop on the home screen, built from the seed's examples ("AI strategy: from
 * pilot to scale"). Northwind Retail Group is a fictional retailer with a financial services arm
 * (store cards, consumer loans), so that credit scoring and fraud detection belong in the room.
 *
 * Everything is fixed (ids, timestamps) so that the shipped
 * `assets/samples/sample-workshop.scalepath` is byte-for-byte what this module builds; a test
 * keeps the two from drifting. Scores are chosen so that all four quadrants are populated under
 * the default 50/50 thresholds; two candidates are only partly scored and one not at all (it
 * stays in the tray). Nothing is placed on the matrix or scheduled: later screens do that. The
 * pilot-to-scale half has data too: governance states, the pilot checklist of the two successful
 * pilots and a weaker one, the seed's roles with one gap (ML engineering), a readiness gate on
 * phase 2, AI-literacy needs and a change plan.
 */

export const SAMPLE_WORKSHOP_ID = 'sample-w';

const PREPARED_AT = '2026-01-15T09:00:00.000Z';
/** Candidates were typed in one a minute after the workshop was created, in list order. */
const FIRST_CANDIDATE_AT = Date.parse('2026-01-15T09:05:00.000Z');

/** Value scores in criteria order: financial impact, strategic importance, risk mitigation, learning value. */
function value(financial: Score, strategic: Score, risk: Score, learning: Score): ValueScores {
  return {
    financialImpact: financial,
    strategicImportance: strategic,
    riskMitigation: risk,
    learningValue: learning,
  };
}

/**
 * Feasibility scores in criteria order: data readiness (5 = ready), technical complexity
 * (5 = very complex), integration requirements (5 = heavy), user readiness (5 = ready).
 */
function feasibility(
  data: Score,
  complexity: Score,
  integration: Score,
  users: Score,
): FeasibilityScores {
  return {
    dataReadiness: data,
    technicalComplexity: complexity,
    integrationRequirements: integration,
    userReadiness: users,
  };
}

const UNSCORED_VALUE = value(null, null, null, null);
const UNSCORED_FEASIBILITY = feasibility(null, null, null, null);

type SampleCandidate = { id: string } & Partial<CandidateFields> &
  Pick<CandidateFields, 'title' | 'description' | 'owner' | 'department' | 'stage' | 'effort'>;

const CANDIDATES: readonly SampleCandidate[] = [
  {
    id: 'sample-chatbot',
    title: 'Customer query chatbot',
    description:
      'A chatbot on the web shop and app that answers order, delivery and returns queries and hands over to an agent with the conversation attached.',
    owner: 'Priya Raman',
    department: 'Customer Service',
    stage: 'pilot-succeeded',
    audience: 'customer-facing',
    horizon: 'quick-win',
    approach: 'proven',
    effort: 'M',
    valueScores: value(4, 4, 2, 5),
    feasibilityScores: feasibility(4, 2, 3, 4),
    dependencies: ['sample-knowledge-base'],
    notes:
      'The pilot succeeded: it resolves about 30 % of contact-centre queries without an agent, and agents accepted it. Strong scaling blueprint candidate: genuine business problem, clear ROI, user acceptance, and a repeatable pattern (retrieval + hand-over) for other brands. Scaling to card and loan queries needs the service knowledge base first and an ethical review of the escalation path.',
  },
  {
    id: 'sample-inventory',
    title: 'Predictive inventory management',
    description:
      'Replenishment orders driven by predicted sell-through per store and SKU instead of fixed reorder points.',
    owner: 'Tomás Herrera',
    department: 'Supply Chain',
    stage: 'pilot-succeeded',
    audience: 'operational',
    horizon: 'quick-win',
    approach: 'proven',
    effort: 'L',
    valueScores: value(5, 4, 3, 4),
    feasibilityScores: feasibility(4, 3, 4, 4),
    dependencies: ['sample-demand-forecasting'],
    notes:
      'Pilot in 40 stores cut stock-outs by 18 % and overstock by 9 %. The model ran on a laptop-based proof-of-concept; scaling to 600 stores needs the demand forecast as a production service, not a project-specific script. Leadership is impressed: do not let it stall in pilot purgatory.',
  },
  {
    id: 'sample-lead-scoring',
    title: 'AI-powered lead scoring',
    description:
      'Ranks business-account leads for the B2B sales team by likelihood to convert, from CRM history and web behaviour.',
    owner: 'Daniel Osei',
    department: 'Sales',
    stage: 'pilot-running',
    audience: 'operational',
    horizon: 'quick-win',
    approach: 'proven',
    effort: 'M',
    valueScores: value(4, 3, 1, 3),
    feasibilityScores: feasibility(3, 2, 2, 4),
    notes:
      'Sales built this independently from marketing’s customer segmentation: both teams engineer the same customer-data features with different approaches, and neither benefits from the other’s learnings. Costs multiply while impact remains limited. Rebuild the features on the shared customer data pipeline and feature library before scaling.',
  },
  {
    id: 'sample-segmentation',
    title: 'Customer segmentation',
    description:
      'Clusters loyalty-card customers into behavioural segments that marketing uses to target campaigns.',
    owner: 'Chloé Martin',
    department: 'Marketing',
    stage: 'pilot-running',
    audience: 'operational',
    horizon: 'quick-win',
    approach: 'proven',
    effort: 'M',
    valueScores: value(3, 3, 1, 3),
    feasibilityScores: feasibility(3, 2, 2, 3),
    notes:
      'Duplicates the customer features of sales’ lead scoring (see there). A good first consumer of a centralised feature library: the same customer lifetime value calculation should feed segmentation, churn prediction and marketing optimisation.',
  },
  {
    id: 'sample-recommendations',
    title: 'Product recommendations',
    description:
      'Personalised “you may also like” recommendations on the web shop, in the app and in e-mails.',
    owner: 'Chloé Martin',
    department: 'E-commerce',
    stage: 'idea',
    audience: 'customer-facing',
    horizon: 'long-term',
    approach: 'proven',
    effort: 'L',
    valueScores: value(5, 5, 1, 4),
    feasibilityScores: feasibility(2, 4, 4, 3),
    dependencies: ['sample-data-pipeline'],
    notes:
      'High value, but the customer data is scattered over the shop, the loyalty programme and the app. Built on the customer data pipeline it is the first of several consumers (the seed’s retail example: pipelines built for recommendations later serve inventory optimisation and fraud detection).',
  },
  {
    id: 'sample-fraud-detection',
    title: 'Fraud detection for card payments',
    description:
      'Flags suspicious store-card and online payments in real time for the fraud team to review, using transaction graphs as well as rules.',
    owner: 'Ingrid Lindqvist',
    department: 'Risk',
    stage: 'pilot-running',
    audience: 'operational',
    horizon: 'long-term',
    approach: 'experimental',
    effort: 'L',
    valueScores: value(4, 4, 5, 4),
    feasibilityScores: feasibility(3, 4, 4, 3),
    dependencies: ['sample-data-pipeline', 'sample-model-monitoring'],
    notes:
      'Scores highly across several value dimensions, risk mitigation above all. The graph approach is experimental and the pilot used anonymised data subsets; production means real customer data, so access controls, audit trails and model monitoring with retraining triggers come first.',
  },
  {
    id: 'sample-churn',
    title: 'Churn prediction',
    description:
      'Predicts which loyalty and store-card customers are about to leave, so that retention offers reach them in time.',
    owner: 'Sofia Costa',
    department: 'Marketing',
    stage: 'idea',
    audience: 'customer-facing',
    horizon: 'long-term',
    approach: 'proven',
    effort: 'M',
    valueScores: value(4, 4, null, 3),
    feasibilityScores: feasibility(3, 3, null, 2),
    dependencies: ['sample-data-pipeline'],
    notes:
      'Only partly scored: the room could not agree on risk mitigation or integration requirements until Risk has said whether retention offers count as credit decisions. Reuses customer lifetime value from the feature library.',
  },
  {
    id: 'sample-credit-scoring',
    title: 'Credit scoring for store cards',
    description:
      'A machine-learning credit score for store-card and consumer-loan applications, replacing the current rule-based scorecard.',
    owner: 'Ingrid Lindqvist',
    department: 'Risk',
    stage: 'idea',
    audience: 'customer-facing',
    horizon: 'long-term',
    approach: 'experimental',
    effort: 'XL',
    valueScores: value(4, 4, 4, 3),
    feasibilityScores: feasibility(3, 5, 4, 2),
    dependencies: ['sample-data-pipeline', 'sample-model-monitoring'],
    notes:
      'A strategic bet with the heaviest governance load: credit decisions affect customers directly, so the ethical review (training data bias, fairness across demographics, explainable decisions) and model governance must be in place before any rollout. Shares the customer lifetime value feature with churn prediction and marketing optimisation.',
  },
  {
    id: 'sample-marketing-optimisation',
    title: 'Marketing optimisation across channels',
    description:
      'Reallocates the campaign budget across TV, social, search and e-mail from a media-mix model updated weekly.',
    owner: 'Sofia Costa',
    department: 'Marketing',
    stage: 'idea',
    audience: 'operational',
    horizon: 'long-term',
    approach: 'experimental',
    effort: 'L',
    valueScores: value(3, 2, 1, 3),
    feasibilityScores: feasibility(2, 4, 3, 2),
    dependencies: ['sample-data-pipeline', 'sample-segmentation'],
    notes:
      'Low on both axes today: channel data is not joined up and the media agency owns half of it. Reconsider once the customer data pipeline and segmentation are running, rather than another disconnected experiment.',
  },
  {
    id: 'sample-productivity-assistant',
    title: 'Internal productivity assistant',
    description:
      'A generative AI assistant for head-office staff that drafts e-mails, summarises documents and answers policy questions.',
    owner: 'Marcus Webb',
    department: 'IT / AI CoE',
    stage: 'pilot-running',
    audience: 'operational',
    horizon: 'quick-win',
    approach: 'experimental',
    effort: 'S',
    valueScores: value(3, 4, 1, 5),
    feasibilityScores: feasibility(4, 2, 2, 4),
    notes:
      'The seed’s sequencing: start with internal productivity tools that familiarise employees with AI. Cheap, high learning value, and a way to address fear of job displacement with concrete examples of AI augmenting work. Pair it with AI literacy training for business users.',
  },
  {
    id: 'sample-data-pipeline',
    title: 'Customer data pipeline and feature library',
    description:
      'One governed pipeline that brings together shop, loyalty, app and card data, with shared feature definitions such as customer lifetime value.',
    owner: 'Aisha Khan',
    department: 'IT / AI CoE',
    stage: 'pilot-running',
    audience: 'operational',
    horizon: 'long-term',
    approach: 'proven',
    effort: 'L',
    valueScores: value(2, 5, 3, 5),
    feasibilityScores: feasibility(3, 3, 3, 4),
    notes:
      'Platform, not project: a modular, reusable foundation that recommendations, churn prediction, credit scoring, fraud detection and marketing optimisation all consume. Data governance (ownership and access, quality standards, privacy, retention) is built in from the start. Little direct revenue, which is why it needs the CoE to champion it.',
  },
  {
    id: 'sample-model-monitoring',
    title: 'Model monitoring dashboard',
    description:
      'Automated monitoring of every production model for performance degradation and data drift, with retraining triggers and a dashboard for business owners.',
    owner: 'Aisha Khan',
    department: 'IT / AI CoE',
    stage: 'idea',
    audience: 'operational',
    horizon: 'quick-win',
    approach: 'proven',
    effort: 'M',
    valueScores: value(2, 3, 4, 4),
    feasibilityScores: feasibility(4, 2, 3, 3),
    notes:
      'Today each pilot is checked by hand and tracked in a spreadsheet; that does not survive dozens of production models. Part of model governance: documentation and versioning, monitoring and retraining triggers, gradual rollouts.',
  },
  {
    id: 'sample-invoice-automation',
    title: 'Invoice processing automation',
    description:
      'Reads supplier invoices and delivery notes, matches them to purchase orders and routes exceptions to accounts payable.',
    owner: 'Hannah Berg',
    department: 'Finance',
    stage: 'in-production',
    audience: 'operational',
    horizon: 'quick-win',
    approach: 'proven',
    effort: 'S',
    valueScores: value(3, 1, 2, 2),
    feasibilityScores: feasibility(4, 2, 2, 4),
    notes:
      'Already in production for one distribution centre with an off-the-shelf document AI product. Extending it to all suppliers is a fill-in: easy, modest value, little to learn.',
  },
  {
    id: 'sample-demand-forecasting',
    title: 'Demand forecasting',
    description:
      'Daily sales forecasts per store and product family from sales history, promotions, weather and local events.',
    owner: 'Tomás Herrera',
    department: 'Supply Chain',
    stage: 'scaling',
    audience: 'operational',
    horizon: 'long-term',
    approach: 'proven',
    effort: 'L',
    valueScores: value(5, 3, 2, 3),
    feasibilityScores: feasibility(4, 3, 3, 3),
    notes:
      'Being rolled out from the pilot region to all stores. Predictive inventory management and dynamic pricing both consume the forecast, so it is built once as a reusable service with monitoring, not copied into each project.',
  },
  {
    id: 'sample-knowledge-base',
    title: 'Service knowledge base',
    description:
      'A curated, versioned knowledge base of policies, product data and service answers that both the chatbot and the agents search.',
    owner: 'Priya Raman',
    department: 'Customer Service',
    stage: 'idea',
    audience: 'operational',
    horizon: 'quick-win',
    approach: 'proven',
    effort: 'M',
    valueScores: value(2, 3, 3, 3),
    feasibilityScores: feasibility(2, 2, 3, 4),
    notes:
      'The chatbot pilot answered from a hand-made FAQ. Scaling it to every brand and to financial products needs one maintained source of truth with owners and review dates: a reusable component, not a chatbot feature.',
  },
  {
    id: 'sample-cv-screening',
    title: 'CV screening assistant',
    description:
      'Ranks applications for store and warehouse roles against the job profile to shorten time to hire.',
    owner: 'Grace Mwangi',
    department: 'HR',
    stage: 'idea',
    audience: 'operational',
    horizon: 'quick-win',
    approach: 'experimental',
    effort: 'M',
    valueScores: value(2, 2, 1, 2),
    feasibilityScores: feasibility(2, 3, 3, 2),
    notes:
      'Reconsider: modest value, and ranking people is where AI systems exhibit biased behaviour and affect people in unexpected ways. Would need a full ethical review (training data bias, fairness across demographics, feedback channels for candidates) before any pilot.',
  },
  {
    id: 'sample-dynamic-pricing',
    title: 'Dynamic pricing for clearance',
    description:
      'Sets markdowns on seasonal and short-life products per store from predicted demand and remaining stock.',
    owner: 'Tomás Herrera',
    department: 'Commercial',
    stage: 'idea',
    audience: 'customer-facing',
    horizon: 'long-term',
    approach: null,
    effort: 'L',
    valueScores: value(4, 3, null, 3),
    feasibilityScores: UNSCORED_FEASIBILITY,
    dependencies: ['sample-demand-forecasting'],
    notes:
      'Value scored before the break; feasibility still to do, so it waits in the tray. Approach left open: proven markdown optimisation or an experimental reinforcement-learning pilot.',
  },
  {
    id: 'sample-shelf-gaps',
    title: 'Shelf-gap detection from store cameras',
    description: 'Spot empty shelves from existing store cameras and alert staff to refill them.',
    owner: 'Lena Fischer',
    department: 'Store Operations',
    stage: 'idea',
    audience: 'operational',
    horizon: null,
    approach: null,
    effort: 'L',
    valueScores: UNSCORED_VALUE,
    feasibilityScores: UNSCORED_FEASIBILITY,
    notes: 'A fresh idea from the room, not scored yet.',
  },
];

function fixedEnv(id: string, at: string): RecordEnv {
  return { newId: () => id, now: () => at };
}

/** The ids handed out in the order createWorkshop asks for them: the workshop, then its phases. */
function sequenceEnv(ids: readonly string[], at: string): RecordEnv {
  let next = 0;
  return {
    newId: () => {
      const id = ids[next++];
      if (id === undefined) throw new Error('the sample ran out of fixed ids');
      return id;
    },
    now: () => at,
  };
}

/**
 * The sample workshop, "AI strategy: from pilot to scale" for Northwind Retail Group: eighteen
 * candidates from the seed's examples, the three default phases and default settings. Pure and
 * deterministic: every call returns an equal, fresh document.
 */
/**
 * What the candidates build for each other. The customer data pipeline is the seed's reuse story
 * (one pipeline, many consumers); lead scoring and segmentation each defining customer features is
 * its duplication story, which the Portfolio screen flags.
 */
const COMPONENTS: ReadonlyArray<
  Pick<Component, 'id' | 'name' | 'kind' | 'dataDomain' | 'providerId' | 'consumerIds'>
> = [
  {
    id: 'sample-k-customer-pipeline',
    name: 'Customer data pipeline',
    kind: 'data-pipeline',
    dataDomain: 'customer data',
    providerId: 'sample-data-pipeline',
    consumerIds: [
      'sample-recommendations',
      'sample-churn',
      'sample-credit-scoring',
      'sample-marketing-optimisation',
      'sample-fraud-detection',
    ],
  },
  {
    id: 'sample-k-lead-features',
    name: 'Lead-scoring customer features',
    kind: 'feature-definition',
    dataDomain: 'customer data',
    providerId: 'sample-lead-scoring',
    consumerIds: [],
  },
  {
    id: 'sample-k-segment-features',
    name: 'Segmentation customer features',
    kind: 'feature-definition',
    dataDomain: 'Customer data',
    providerId: 'sample-segmentation',
    consumerIds: ['sample-marketing-optimisation'],
  },
  {
    id: 'sample-k-monitoring',
    name: 'Model monitoring and retraining',
    kind: 'monitoring',
    dataDomain: 'model performance',
    providerId: 'sample-model-monitoring',
    consumerIds: ['sample-fraud-detection', 'sample-credit-scoring', 'sample-chatbot'],
  },
  {
    id: 'sample-k-forecast-template',
    name: 'Demand forecasting model template',
    kind: 'model-template',
    dataDomain: 'sales and stock data',
    providerId: 'sample-demand-forecasting',
    consumerIds: ['sample-inventory'],
  },
];

/** Governance as far as the room knows it; items not listed are not started. */
type SampleGovernance = Partial<
  Record<GovernanceItem, GovernanceState | [GovernanceState, string, string?]>
>;

/**
 * The pilot-to-scale half (the seed's "Avoiding Pilot Purgatory", "People", "Process"): governance
 * states, the pilot-scaling checklist of the two successful pilots and one weaker one, and the
 * capabilities each candidate needs (by seed role).
 */
const SCALE: Readonly<
  Record<
    string,
    {
      governance?: SampleGovernance;
      pilot?: Record<PilotCriterion, [number, string]>;
      needs?: readonly (typeof SEED_CAPABILITIES)[number][];
    }
  >
> = {
  'sample-chatbot': {
    governance: {
      ownershipAndAccess: ['done', 'Priya Raman'],
      qualityStandards: 'done',
      privacyAndCompliance: ['done', 'Dana Okafor (DPO)', 'Chat logs masked before storage.'],
      retentionAndDeletion: 'in-progress',
      documentationAndVersioning: 'done',
      monitoringAndRetraining: 'in-progress',
      gradualRollout: ['done', '', 'Rolled out to 10 % of web traffic first.'],
      trainingDataBias: 'done',
      fairness: 'in-progress',
      deploymentContext: [
        'in-progress',
        'Dana Okafor (DPO)',
        'Review the escalation path for card and loan queries.',
      ],
    },
    pilot: {
      businessProblem: [5, 'Contact-centre queues of 20+ minutes at peak.'],
      roi: [4, 'About 30 % of queries resolved without an agent.'],
      userAcceptance: [5, 'Agents asked to keep it; CSAT unchanged.'],
      repeatablePatterns: [4, 'Retrieval plus hand-over fits the other brands.'],
    },
    needs: ['ML engineering', 'Data engineering', 'AI ethics and governance', 'Change management'],
  },
  'sample-inventory': {
    governance: {
      ownershipAndAccess: ['done', 'Tomás Herrera'],
      qualityStandards: 'done',
      privacyAndCompliance: 'n/a',
      retentionAndDeletion: 'done',
      documentationAndVersioning: 'in-progress',
      monitoringAndRetraining: 'in-progress',
      gradualRollout: 'done',
      trainingDataBias: 'n/a',
      fairness: 'n/a',
      deploymentContext: 'done',
      feedbackChannels: ['in-progress', '', 'Store managers flag bad orders in the app.'],
    },
    pilot: {
      businessProblem: [5, 'Stock-outs and overstock cost 2 % of margin.'],
      roi: [4, 'Stock-outs down 18 % in the 12 pilot stores.'],
      userAcceptance: [4, 'Store managers accept 9 in 10 suggested orders.'],
      repeatablePatterns: [3, 'Needs the forecasting template for other categories.'],
    },
    needs: ['ML engineering', 'Data engineering', 'Domain expertise'],
  },
  'sample-demand-forecasting': {
    governance: {
      ownershipAndAccess: 'done',
      qualityStandards: 'in-progress',
      documentationAndVersioning: 'done',
      monitoringAndRetraining: 'not-started',
      trainingDataBias: 'n/a',
      fairness: 'n/a',
    },
    pilot: {
      businessProblem: [4, 'Planners rework the forecast by hand every week.'],
      roi: [2, 'Accuracy gain not yet turned into money.'],
      userAcceptance: [3, 'Planners use it alongside their spreadsheet.'],
      repeatablePatterns: [4, 'The template already serves two categories.'],
    },
    needs: ['ML engineering', 'Data engineering'],
  },
  'sample-lead-scoring': {
    governance: {
      ownershipAndAccess: 'done',
      qualityStandards: 'in-progress',
      privacyAndCompliance: 'in-progress',
    },
    needs: ['ML engineering', 'Business analysis'],
  },
  'sample-fraud-detection': {
    governance: {
      ownershipAndAccess: 'done',
      privacyAndCompliance: 'done',
      trainingDataBias: 'in-progress',
      fairness: 'in-progress',
    },
    needs: ['ML engineering', 'AI ethics and governance', 'Domain expertise'],
  },
  'sample-credit-scoring': {
    governance: { privacyAndCompliance: 'in-progress' },
    needs: ['ML engineering', 'AI ethics and governance', 'Domain expertise'],
  },
  'sample-productivity-assistant': {
    governance: {
      ownershipAndAccess: 'done',
      privacyAndCompliance: 'done',
      deploymentContext: 'done',
    },
    needs: ['Change management', 'Business analysis'],
  },
  'sample-data-pipeline': {
    governance: {
      ownershipAndAccess: 'done',
      qualityStandards: 'done',
      retentionAndDeletion: 'in-progress',
    },
    needs: ['Data engineering'],
  },
  'sample-segmentation': { needs: ['Data engineering', 'Business analysis'] },
  'sample-recommendations': { needs: ['ML engineering', 'Data engineering'] },
  'sample-invoice-automation': {
    governance: {
      ownershipAndAccess: 'done',
      qualityStandards: 'done',
      documentationAndVersioning: 'done',
    },
  },
  'sample-cv-screening': {
    governance: { trainingDataBias: 'not-started', fairness: 'not-started' },
    needs: ['AI ethics and governance', 'ML engineering'],
  },
};

/** What the organisation has of each seed role: people now, to upskill, to hire. */
const SUPPLY: Readonly<Record<(typeof SEED_CAPABILITIES)[number], [number, number, number]>> = {
  'Data engineering': [4, 1, 1],
  // The one gap: more candidates need ML engineering than the organisation has or plans.
  'ML engineering': [2, 0, 1],
  'AI ethics and governance': [1, 1, 2],
  'Change management': [2, 0, 0],
  'Business analysis': [3, 1, 0],
  'Domain expertise': [5, 0, 0],
};

const SAMPLE_CAPABILITY_IDS = [
  'sample-cap-data',
  'sample-cap-ml',
  'sample-cap-ethics',
  'sample-cap-change',
  'sample-cap-analysis',
  'sample-cap-domain',
] as const;

function sampleGovernance(spec: SampleGovernance = {}): Governance {
  const governance = emptyGovernance();
  for (const [item, value] of Object.entries(spec)) {
    const [state, owner = '', note = ''] = Array.isArray(value) ? value : [value];
    governance[item as GovernanceItem] = { state, owner, note };
  }
  return governance;
}

function samplePilot(spec?: Record<PilotCriterion, [number, string]>): PilotChecklist {
  const pilot = emptyPilotChecklist();
  if (spec === undefined) return pilot;
  for (const k of PILOT_CRITERIA) pilot[k] = { score: spec[k][0], evidence: spec[k][1] };
  return pilot;
}

export function buildSampleWorkshop(): WorkshopDocument {
  const doc = createWorkshop(
    {
      title: 'AI strategy: from pilot to scale',
      organisation: 'Northwind Retail Group',
      facilitator: 'Elena Novak',
      date: '2026-02-10',
    },
    sequenceEnv(
      [
        SAMPLE_WORKSHOP_ID,
        'sample-phase-1',
        'sample-phase-2',
        'sample-phase-3',
        ...SAMPLE_CAPABILITY_IDS,
        ...SEED_AGENDA.map((_, i) => `sample-step-${i + 1}`),
      ],
      PREPARED_AT,
    ),
  );
  const capabilities: Capability[] = doc.capabilities.map((k) => {
    const [have, upskill, hire] = SUPPLY[k.name as keyof typeof SUPPLY] ?? [0, 0, 0];
    return { ...k, have, upskill, hire };
  });
  const capabilityId = new Map(capabilities.map((k) => [k.name, k.id]));
  const workshop = {
    ...doc.workshop,
    literacy: {
      businessUsers:
        'What AI can and cannot do in their own work; how to check an answer before acting on it.',
      technicalStaff:
        'Deploying and monitoring models in production; the platform and its reusable components.',
      leaders: 'Enough to weigh AI investments: cost, risk, and what a pilot proves.',
    },
    changePlan: {
      technicalTeams: {
        message: 'One platform and shared components, so you build each thing once.',
        concerns: 'Being pulled from pilots into run-the-platform work.',
      },
      businessUsers: {
        message: 'AI takes the repetitive queries; you handle the ones that need judgement.',
        concerns: 'Fear of job displacement in the contact centre.',
      },
      leadership: {
        message: 'Fund the platform once; every later project costs less.',
        concerns: 'Spending on foundations before visible results.',
      },
      middleManagement: {
        message: 'Your teams get time back; you decide where it goes.',
        concerns: 'Targets set before the tools are proven; losing headcount.',
      },
    },
  };
  const phases = doc.phases.map((p) =>
    // Phase 2 puts AI in front of customers: the room asked for data governance first.
    p.id === 'sample-phase-2'
      ? { ...p, readinessGate: { data: 50, model: null, ethics: null } }
      : p,
  );
  const candidates: Candidate[] = CANDIDATES.map(({ id, ...fields }, index) => {
    const at = new Date(FIRST_CANDIDATE_AT + index * 60_000).toISOString();
    return createCandidate(
      doc.workshop.id,
      // A deep copy: the table above is shared by every call, the document belongs to the caller.
      {
        ...blankCandidateFields(),
        ...cloneData(fields),
        dependencies: canonicalSet(fields.dependencies ?? []),
        governance: sampleGovernance(SCALE[id]?.governance),
        pilot: samplePilot(SCALE[id]?.pilot),
        capabilities: canonicalSet(
          (SCALE[id]?.needs ?? []).flatMap((name) => capabilityId.get(name) ?? []),
        ),
      },
      fixedEnv(id, at),
    );
  });
  const components: Component[] = COMPONENTS.map((fields, index) => ({
    ...fields,
    consumerIds: canonicalSet(fields.consumerIds),
    workshopId: doc.workshop.id,
    ...stampAt(new Date(FIRST_CANDIDATE_AT + (CANDIDATES.length + index) * 60_000).toISOString()),
  }));
  return { ...doc, workshop, phases, candidates, components, capabilities };
}

/** The replica id of the sample's history: every laptop's sample is the same lineage. */
export const SAMPLE_REPLICA = { id: 'sample', name: 'Scalepath sample' } as const;

/**
 * The sample workshop as a file holds it: every record created by one write of the "sample"
 * replica, so the sample opened on two laptops is one workshop, and their files merge.
 */
export function buildSampleReplica(): ReplicaDocument {
  return createdReplica(buildSampleWorkshop(), [SAMPLE_REPLICA.id, 1]);
}
