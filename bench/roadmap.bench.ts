/**
 * Roadmap benchmark (issue 4), in Node: `npx jiti bench/roadmap.bench.ts`.
 * - "Suggest a sequence" and all roadmap checks on 2,000 candidates, 3,000 acyclic dependency
 *   edges and 4 phases. Goal: under 100 ms.
 * - Portfolio balance (and department spread) on 10,000 candidates. Goal: under 20 ms.
 * The workshops come from a seeded PRNG, so every run measures the same input.
 */
import { EFFORT_SIZES } from '../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../shared/domain/document.ts';
import { blankCandidateFields } from '../shared/domain/factories.ts';
import { rankOfIndex } from '../shared/domain/rank.ts';
import type { Candidate, Score } from '../shared/records/candidate.ts';
import { emptyChangePlan, emptyLiteracy } from '../shared/records/people.ts';
import type { Phase } from '../shared/records/phase.ts';
import { NO_READINESS_GATE } from '../shared/records/phase.ts';
import { DEFAULT_SETTINGS } from '../shared/records/workshop.ts';
import { departmentSpread, portfolioBalance } from '../shared/roadmap/balance.ts';
import { checkRoadmap } from '../shared/roadmap/checks.ts';
import { suggestSequence } from '../shared/roadmap/sequence.ts';
import { recordResults, roundMs, timeMedian } from './results.ts';
import { prng, randomScores } from '../test/fixtures/random.ts';

const STAMP = {
  createdAt: '2026-01-15T09:00:00.000Z',
  updatedAt: '2026-01-15T09:00:00.000Z',
};
const DEPARTMENTS = ['', 'Sales', 'Marketing', 'Risk', 'Finance', 'Supply Chain', 'IT / AI CoE'];

function randomWorkshop(seed: number, candidateCount: number, edgeCount: number): WorkshopDocument {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const maybe = <T>(items: readonly T[]): T | null => (random() < 0.15 ? null : pick(items));
  const score = (): Score => (random() < 0.1 ? null : ((1 + Math.floor(random() * 5)) as Score));
  const phases: Phase[] = [1_000, 1_500, 2_000, 2_500].map((capacity, order) => ({
    ...STAMP,
    id: `p${order + 1}`,
    workshopId: 'w1',
    name: `Phase ${order + 1}`,
    timeSpan: '',
    capacity,
    order,
    readinessGate: { ...NO_READINESS_GATE },
  }));
  const candidates: Candidate[] = Array.from({ length: candidateCount }, (_, i) => ({
    ...blankCandidateFields(),
    ...STAMP,
    id: `c${String(i).padStart(5, '0')}`,
    workshopId: 'w1',
    title: `Candidate ${i}`,
    department: pick(DEPARTMENTS),
    audience: maybe(['customer-facing', 'operational'] as const),
    horizon: maybe(['quick-win', 'long-term'] as const),
    approach: maybe(['proven', 'experimental'] as const),
    effort: pick(EFFORT_SIZES),
    ...randomScores(score),
    phaseId: random() < 0.5 ? null : pick(phases).id,
    phaseRank: rankOfIndex(Math.floor(random() * 50)),
  }));
  // Acyclic: a candidate depends only on candidates with a lower index.
  const edges = new Set<string>();
  while (edges.size < edgeCount && candidateCount > 1) {
    const to = 1 + Math.floor(random() * (candidateCount - 1));
    const from = Math.floor(random() * to);
    const key = `${to}:${from}`;
    if (edges.has(key)) continue;
    edges.add(key);
    candidates[to]?.dependencies.push(candidates[from]?.id ?? '');
  }
  const doc: WorkshopDocument = {
    workshop: {
      ...STAMP,
      id: 'w1',
      title: 'Benchmark workshop',
      organisation: '',
      facilitator: '',
      date: '',
      settings: structuredClone(DEFAULT_SETTINGS),
      literacy: emptyLiteracy(),
      changePlan: emptyChangePlan(),
      timer: null,
    },
    phases,
    candidates,
    // A few shared components, so that reuse-as-dependency is part of what is measured.
    components: Array.from({ length: Math.min(50, Math.floor(candidateCount / 40)) }, (_, k) => ({
      ...STAMP,
      id: `k${k}`,
      workshopId: 'w1',
      name: `Component ${k}`,
      kind: 'data-pipeline' as const,
      dataDomain: `domain ${k % 7}`,
      providerId: candidates[k * 40]?.id ?? null,
      consumerIds: [1, 2, 3].flatMap((j) => candidates[k * 40 + j * 7]?.id ?? []),
    })),
    capabilities: [],
    participants: [],
    rounds: [],
    ballots: [],
    snapshots: [],
    decisions: [],
    agendaSteps: [],
    scenarios: [],
  };
  // The app reads records from IndexedDB or a file, i.e. from a structured clone or JSON.parse,
  // which gives objects of one shape with fast properties. Objects built with spreads and
  // overrides, as above, are several times slower to read in V8 and would measure the wrong thing.
  return JSON.parse(JSON.stringify(doc)) as WorkshopDocument;
}

const roadmapDoc = randomWorkshop(20_260_115, 2_000, 3_000);
const balanceDoc = randomWorkshop(10_000, 10_000, 0);

/** One untimed-before call: what the first render after opening a workshop pays (JIT still cold). */
function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const coldBothMs = timeOnce(() => [suggestSequence(roadmapDoc), checkRoadmap(roadmapDoc)]);
const coldBalanceMs = timeOnce(() =>
  portfolioBalance(balanceDoc.candidates, balanceDoc.phases, balanceDoc.workshop.settings),
);
const sequenceMs = timeMedian(() => suggestSequence(roadmapDoc));
const checksMs = timeMedian(() => checkRoadmap(roadmapDoc));
const bothMs = timeMedian(() => [suggestSequence(roadmapDoc), checkRoadmap(roadmapDoc)]);
const balanceMs = timeMedian(() => [
  portfolioBalance(balanceDoc.candidates, balanceDoc.phases, balanceDoc.workshop.settings),
  departmentSpread(balanceDoc.candidates),
]);

const suggestion = suggestSequence(roadmapDoc);
const placed = suggestion.placements.filter((p) => p.phaseId !== null).length;
const verdict = (ms: number, goal: number): string => (ms < goal ? 'ok' : 'OVER GOAL');
const line = (label: string, ms: number, goal?: number): string =>
  `${label.padEnd(58)} ${ms.toFixed(2).padStart(8)} ms` +
  (goal === undefined ? '' : `   goal < ${goal} ms: ${verdict(ms, goal)}`);

console.log('Roadmap benchmark (median of 21 runs after 20 warm-up runs)');
console.log(line('suggestSequence, 2,000 candidates / 3,000 edges / 4 phases', sequenceMs));
console.log(line('checkRoadmap, same workshop', checksMs));
console.log(line('suggestSequence + checkRoadmap', bothMs, 100));
console.log(line('portfolioBalance + departmentSpread, 10,000 candidates', balanceMs, 20));
console.log(line('  first call, cold: suggestSequence + checkRoadmap', coldBothMs));
console.log(line('  first call, cold: portfolioBalance', coldBalanceMs));
console.log(`  (the suggestion schedules ${placed} of 2,000 candidates)`);

recordResults({
  'roadmap.sequence_2000_ms': roundMs(bothMs),
  'portfolio.balance_10000_ms': roundMs(balanceMs),
});
console.log('Written to bench/results.json');
