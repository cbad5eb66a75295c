/**
 * The workshops the benchmarks drive the app with: every candidate scored on every criterion
 * (scores from a seeded PRNG, so every run measures the same input) and placed on the matrix.
 */
import { createdReplica } from '../shared/domain/document.ts';
import { EFFORT_SIZES } from '../shared/domain/criteria.ts';
import {
  blankCandidateFields,
  createCandidate,
  createWorkshop,
} from '../shared/domain/factories.ts';
import type { RecordEnv } from '../shared/domain/factories.ts';
import { serializeWorkshopFile } from '../shared/file/format.ts';
import { rankOfIndex } from '../shared/domain/rank.ts';
import type { Candidate, Score } from '../shared/records/candidate.ts';
import type { Phase } from '../shared/records/phase.ts';
import { prng, randomScores } from '../test/fixtures/random.ts';

export interface PlacedWorkshop {
  cards: number;
  seed: number;
  title: string;
  cardTitle(index: number): string;
  newId(n: number): string;
  notes?: string;
  /** Every candidate also scheduled, in turn in each of the workshop's phases. */
  isScheduled?: boolean;
}

/** Candidate `i`'s phase and its place in it: the phases in turn, each in order of arrival. */
function scheduled(phases: readonly Phase[], i: number): Pick<Candidate, 'phaseId' | 'phaseRank'> {
  return {
    phaseId: phases[i % phases.length]?.id ?? null,
    phaseRank: rankOfIndex(Math.floor(i / phases.length)),
  };
}

/** The `.scalepath` file text of such a workshop. */
export function placedWorkshopFile(spec: PlacedWorkshop): string {
  const random = prng(spec.seed);
  const score = () => (1 + Math.floor(random() * 5)) as Score;
  let n = 0;
  const at = '2026-01-15T09:00:00.000Z';
  const env: RecordEnv = { newId: () => spec.newId((n += 1)), now: () => at };
  const doc = createWorkshop(
    { title: spec.title, organisation: 'Bench', facilitator: '', date: '' },
    env,
  );
  const candidates = Array.from({ length: spec.cards }, (_, i) =>
    createCandidate(
      doc.workshop.id,
      {
        ...blankCandidateFields(),
        title: spec.cardTitle(i),
        department: ['Sales', 'Risk', 'IT', 'Finance'][i % 4] ?? '',
        effort: EFFORT_SIZES[i % 4] ?? 'M',
        ...(spec.notes === undefined ? {} : { notes: spec.notes }),
        ...randomScores(score),
        placement: { x: Math.round(random() * 1000) / 10, y: Math.round(random() * 1000) / 10 },
        ...(spec.isScheduled ? scheduled(doc.phases, i) : {}),
      },
      env,
    ),
  );
  return serializeWorkshopFile(createdReplica({ ...doc, candidates }, ['bench', 1]), {
    appVersion: '0.1.0',
    exportedAt: at,
    replica: { id: 'bench', name: 'Benchmark' },
  });
}
