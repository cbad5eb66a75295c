/**
 * Blind scoring (PRODUCT.md, "Facilitation"): each participant scores privately; on reveal, per
 * candidate and criterion, the spread of the room's scores, how far it agrees, and the contested
 * items first, so that the room discusses only those. The one rule for it, which the scoring
 * screen, "Adopt the medians" and the deck call.
 *
 * Agreement is read off the range (max - min) of the scores given: 0-1 is **agreed**, 2 is
 * **mixed**, 3 or more is **contested**. An item only one person scored has nothing to agree on:
 * agreed. The median of an even count is the mean of the middle two; adopted, it is rounded half
 * up to a whole score (3.5 becomes 4).
 */
import { CRITERIA } from '../domain/criteria.ts';
import type { Criterion } from '../domain/criteria.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import type { Candidate } from '../records/candidate.ts';
import type { Round } from '../records/round.ts';
import { compareText } from '../roadmap/common.ts';
import { ballotsOf } from './voting.ts';

export type Agreement = 'agreed' | 'mixed' | 'contested';

export const AGREEMENT_LABELS: Readonly<Record<Agreement, string>> = {
  agreed: 'Agreed',
  mixed: 'Mixed',
  contested: 'Contested',
};

export interface ScoreSpread {
  candidate: Candidate;
  criterion: Criterion;
  /** The scores given, lowest first. */
  scores: number[];
  min: number;
  max: number;
  median: number;
  agreement: Agreement;
}

/** The median of numbers (at least one). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** How far the room agrees, from the range of its scores. */
export function agreementOf(min: number, max: number): Agreement {
  const range = max - min;
  return range <= 1 ? 'agreed' : range === 2 ? 'mixed' : 'contested';
}

/** The consensus score a median adopts: rounded half up to a whole score. */
export function adoptedScore(medianScore: number): number {
  return Math.min(5, Math.max(1, Math.floor(medianScore + 0.5)));
}

const AGREEMENT_ORDER: readonly Agreement[] = ['contested', 'mixed', 'agreed'];

/**
 * The spread of every item someone scored in a round, the contested first: by agreement, then by
 * range (widest first), then the candidate's title and the criterion's order.
 */
export function scoreSpreads(doc: WorkshopDocument, round: Round): ScoreSpread[] {
  const byItem = new Map<string, number[]>();
  const criteria = new Set<string>(round.criteria);
  const onBallot = new Set(round.candidateIds);
  for (const ballot of ballotsOf(doc, round)) {
    if (ballot.participantId === null) continue;
    for (const s of ballot.scores) {
      if (!onBallot.has(s.candidateId) || !criteria.has(s.criterion)) continue;
      const key = `${s.candidateId}/${s.criterion}`;
      byItem.set(key, [...(byItem.get(key) ?? []), s.score]);
    }
  }
  const order = Object.keys(CRITERIA);
  const spreads: ScoreSpread[] = [];
  for (const candidate of doc.candidates) {
    for (const criterion of round.criteria) {
      const scores = byItem.get(`${candidate.id}/${criterion}`);
      if (scores === undefined) continue;
      const sorted = [...scores].sort((a, b) => a - b);
      const min = sorted[0] as number;
      const max = sorted.at(-1) as number;
      spreads.push({
        candidate,
        criterion,
        scores: sorted,
        min,
        max,
        median: median(sorted),
        agreement: agreementOf(min, max),
      });
    }
  }
  return spreads.sort(
    (a, b) =>
      AGREEMENT_ORDER.indexOf(a.agreement) - AGREEMENT_ORDER.indexOf(b.agreement) ||
      b.max - b.min - (a.max - a.min) ||
      compareText(a.candidate.title, b.candidate.title) ||
      compareText(a.candidate.id, b.candidate.id) ||
      order.indexOf(a.criterion) - order.indexOf(b.criterion),
  );
}
