/**
 * Governance readiness (PRODUCT.md, "Scaling blueprint and governance"): the one rule for how far
 * a candidate's governance checklist is, which the Governance screen, the candidate form, the
 * roadmap's gates and the deck all call.
 *
 * Readiness is the share of the items that apply which are done. `n/a` counts as neither done nor
 * missing: it leaves the items that apply. `in progress` is not done. Where no item applies (all
 * `n/a`) there is nothing to be ready for: the readiness is null, not 0% and not 100%.
 */
import type { Candidate } from '../records/candidate.ts';
import type { Governance, GovernanceArea, GovernanceItem } from '../records/governance.ts';
import { GOVERNANCE_AREAS, GOVERNANCE_ITEM_INFO, GOVERNANCE_ITEMS } from '../records/governance.ts';

export interface Readiness {
  /** Items done. */
  done: number;
  /** Items that apply (every item but the `n/a` ones). */
  applicable: number;
  /** done / applicable, 0-100 (not rounded); null when no item applies. */
  percent: number | null;
}

/** The items of one area, in checklist order. */
export const AREA_ITEMS: Readonly<Record<GovernanceArea, readonly GovernanceItem[]>> =
  Object.fromEntries(
    GOVERNANCE_AREAS.map((area) => [
      area,
      GOVERNANCE_ITEMS.filter((item) => GOVERNANCE_ITEM_INFO[item].area === area),
    ]),
  ) as Record<GovernanceArea, GovernanceItem[]>;

function readinessOf(governance: Governance, items: readonly GovernanceItem[]): Readiness {
  let done = 0;
  let applicable = 0;
  for (const item of items) {
    const state = governance[item].state;
    if (state === 'n/a') continue;
    applicable += 1;
    if (state === 'done') done += 1;
  }
  return { done, applicable, percent: applicable === 0 ? null : (done / applicable) * 100 };
}

/** A candidate's readiness over the whole checklist. */
export function overallReadiness(governance: Governance): Readiness {
  return readinessOf(governance, GOVERNANCE_ITEMS);
}

/** A candidate's readiness in one area. */
export function areaReadiness(governance: Governance, area: GovernanceArea): Readiness {
  return readinessOf(governance, AREA_ITEMS[area]);
}

/** A readiness as people read it: "75%", or "n/a" where no item applies. Rounded down, so 99.5% is not "100%". */
export function formatReadiness(readiness: Readiness): string {
  return readiness.percent === null ? 'n/a' : `${Math.floor(readiness.percent)}%`;
}

export type EthicalReviewStatus = 'not-started' | 'in-progress' | 'done' | 'n/a';

/**
 * Where a candidate's ethical review stands, from the ethical-review items: done when every item
 * that applies is done, n/a when none applies, not started when none is begun, else in progress.
 */
export function ethicalReviewStatus(governance: Governance): EthicalReviewStatus {
  const items = AREA_ITEMS.ethics.map((item) => governance[item].state);
  if (items.every((s) => s === 'n/a')) return 'n/a';
  if (items.every((s) => s === 'done' || s === 'n/a')) return 'done';
  if (items.every((s) => s === 'not-started' || s === 'n/a')) return 'not-started';
  return 'in-progress';
}

/** The first item of an area that still needs work (not done, not n/a): where a warning takes the user. */
export function firstOpenItem(governance: Governance, area: GovernanceArea): GovernanceItem | null {
  return (
    AREA_ITEMS[area].find((item) => {
      const state = governance[item].state;
      return state !== 'done' && state !== 'n/a';
    }) ?? null
  );
}

/** The open items of a candidate over the whole checklist, for "the top governance gaps". */
export function openItems(candidate: Candidate): GovernanceItem[] {
  return GOVERNANCE_ITEMS.filter((item) => {
    const state = candidate.governance[item].state;
    return state !== 'done' && state !== 'n/a';
  });
}

export interface GovernanceGap {
  item: GovernanceItem;
  /** Candidates on which the item is still open (not done, not n/a). */
  count: number;
}

/**
 * The top governance gaps of a set of candidates: the items open on the most of them, most first
 * (ties in checklist order); items open nowhere are left out.
 */
export function governanceGaps(candidates: readonly Candidate[], count = 3): GovernanceGap[] {
  return GOVERNANCE_ITEMS.map((item) => ({
    item,
    count: candidates.filter((c) => openItems(c).includes(item)).length,
  }))
    .filter((g) => g.count > 0)
    .sort(
      (a, b) =>
        b.count - a.count || GOVERNANCE_ITEMS.indexOf(a.item) - GOVERNANCE_ITEMS.indexOf(b.item),
    )
    .slice(0, count);
}

/** Whether anyone has worked on a candidate's checklist: a state set, an owner or a note. */
export function isGovernanceStarted(governance: Governance): boolean {
  return GOVERNANCE_ITEMS.some((item) => {
    const { state, owner, note } = governance[item];
    return state !== 'not-started' || owner !== '' || note !== '';
  });
}
