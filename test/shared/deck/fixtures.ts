/**
 * Workshops for the deck tests: the sample as shipped (nothing scheduled), the sample with its
 * suggested roadmap accepted, candidates titled in Cyrillic, Greek and accented Latin, hostile
 * text, and a crowd of generated candidates.
 */
import { EFFORT_SIZES, STAGES } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { blankCandidateFields } from '../../../shared/domain/factories.ts';
import type { Candidate, Score } from '../../../shared/records/candidate.ts';
import { GOVERNANCE_ITEMS, GOVERNANCE_STATES } from '../../../shared/records/governance.ts';
import { PILOT_CRITERIA } from '../../../shared/records/pilot.ts';
import type { PilotChecklist } from '../../../shared/records/pilot.ts';
import { canonicalSet } from '../../../shared/records/units.ts';
import { applySequence, suggestSequence } from '../../../shared/roadmap/sequence.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { aGovernance, applied } from '../../fixtures/builders.ts';
import { prng, randomScores } from '../../fixtures/random.ts';

const STAMP = {
  createdAt: '2026-01-15T09:00:00.000Z',
  updatedAt: '2026-01-15T09:00:00.000Z',
};

/** The sample with "Suggest a sequence" accepted: every phase holds candidates. */
export function plannedSample(): WorkshopDocument {
  const doc = buildSampleWorkshop();
  return applied(doc, applySequence(doc, suggestSequence(doc)));
}

export const MULTILINGUAL_TITLES = [
  'Прогноз спроса',
  'Ανάλυση κινδύνου',
  'Détection de fraude — Zürich',
] as const;

/** A candidate of the sample workshop with readable defaults. */
export function deckCandidate(id: string, fields: Partial<Candidate> = {}): Candidate {
  return {
    ...blankCandidateFields(),
    ...STAMP,
    id,
    workshopId: 'sample-w',
    title: `Candidate ${id}`,
    ...fields,
  };
}

/** The sample plus three candidates titled in Cyrillic, Greek and accented Latin. */
export function multilingualSample(): WorkshopDocument {
  const doc = buildSampleWorkshop();
  const extra = MULTILINGUAL_TITLES.map((title, i) =>
    deckCandidate(`intl-${i}`, {
      title,
      description: `${title}: описание, περιγραφή, déscription — ${i}.`,
      department: ['Продажи', 'Κίνδυνος', 'Fraude'][i] ?? '',
      valueScores: {
        financialImpact: 4,
        strategicImportance: 3,
        riskMitigation: 3,
        learningValue: 2,
      },
      feasibilityScores: {
        dataReadiness: 3,
        technicalComplexity: 2,
        integrationRequirements: 3,
        userReadiness: 4,
      },
    }),
  );
  return { ...doc, candidates: [...doc.candidates, ...extra] };
}

const WORDS = [
  'demand',
  'forecast',
  'fraud',
  'churn',
  'pricing',
  'assistant',
  'routing',
  'claims',
  'triage',
  'Прогноз',
  'κινδύνου',
  'Zürich',
  'Détection',
];

/**
 * A workshop of `count` generated candidates, scored, tagged and scheduled by the suggestion
 * (phases large enough to hold about two thirds of them), with long descriptions and notes, any
 * stage, governance states, pilot scores and needed capabilities.
 */
export function crowdedWorkshop(count: number, seed = 1): WorkshopDocument {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const score = (): Score => (random() < 0.08 ? null : ((1 + Math.floor(random() * 5)) as Score));
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sample = buildSampleWorkshop();
  const candidates = Array.from({ length: count }, (_, i) =>
    deckCandidate(`gen-${String(i).padStart(4, '0')}`, {
      title: words(2 + Math.floor(random() * 7)),
      description: words(Math.floor(random() * 90)),
      notes: words(Math.floor(random() * 200)),
      department: pick(['Sales', 'Risk', 'Marketing', 'Отдел продаж', 'Finance', '']),
      owner: pick(['Ana Lima', 'Bo Chen', '']),
      effort: pick(EFFORT_SIZES),
      audience: pick(['customer-facing', 'operational', null] as const),
      horizon: pick(['quick-win', 'long-term', null] as const),
      approach: pick(['proven', 'experimental', null] as const),
      ...randomScores(score),
      dependencies:
        i > 3 && random() < 0.3 ? [`gen-${String(Math.floor(random() * i)).padStart(4, '0')}`] : [],
      stage: pick(STAGES),
      governance: aGovernance(
        Object.fromEntries(GOVERNANCE_ITEMS.map((item) => [item, pick(GOVERNANCE_STATES)])),
      ),
      pilot: Object.fromEntries(
        PILOT_CRITERIA.map((k) => [
          k,
          { score: 1 + Math.floor(random() * 5), evidence: words(12) },
        ]),
      ) as PilotChecklist,
      capabilities: canonicalSet(sample.capabilities.filter(() => random() < 0.4).map((k) => k.id)),
    }),
  );
  const capacity = Math.ceil(count * 0.9);
  const doc: WorkshopDocument = {
    ...sample,
    phases: sample.phases.map((p) => ({ ...p, capacity })),
    candidates,
    components: [],
  };
  return applied(doc, applySequence(doc, suggestSequence(doc)));
}
