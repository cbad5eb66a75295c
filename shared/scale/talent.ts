/**
 * The talent plan (the seed's "People: upskilling your current team and identifying key hiring
 * needs"): per roadmap phase, which capabilities its candidates need, against what the organisation
 * has of each. The one rule for a gap, which the Scale screen and the deck both call.
 *
 * A phase needs a capability once for each candidate scheduled in it that lists the capability:
 * one person per candidate at work in the same phase. What the organisation has of it is the
 * people who have it now, plus those it plans to upskill, plus those it plans to hire. The gap is
 * what the need exceeds that by; a phase is covered when it is 0. The backlog is listed last, the
 * same way: what the candidates not yet scheduled would need.
 */
import type { WorkshopDocument } from '../domain/document.ts';
import { compareRanks } from '../domain/rank.ts';
import type { Candidate } from '../records/candidate.ts';
import type { Capability } from '../records/capability.ts';
import type { Phase } from '../records/phase.ts';
import { candidateCount, compareText, countOf, sortPhases } from '../roadmap/common.ts';

export interface CapabilityNeed {
  capability: Capability;
  /** Candidates of the phase that need it, in the phase's order. */
  candidateIds: string[];
  /** People the organisation has or plans: have + upskill + hire. */
  supply: number;
  /** How many more people the phase needs than that: 0 when covered. */
  gap: number;
  /** One sentence, e.g. "Phase 2 needs ML engineering on 3 candidates; you have 1 person, plan to upskill 1 and hire 1: a gap of 1 person." */
  sentence: string;
}

export interface PhaseTalent {
  /** Null for the backlog. */
  phase: Phase | null;
  /** The capabilities the phase needs, biggest gap first, then by name. */
  needs: CapabilityNeed[];
  /** The sum of the gaps. */
  gap: number;
}

function people(n: number): string {
  return countOf(n, 'person', 'people');
}

/** "plan to upskill 1 and hire 1", "plan to hire 2", or "" when nothing is planned. */
function planned(capability: Capability): string {
  const parts = [
    capability.upskill > 0 ? `upskill ${capability.upskill}` : '',
    capability.hire > 0 ? `hire ${capability.hire}` : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? '' : `, plan to ${parts.join(' and ')}`;
}

/** The sentence of one need, as PhaseTalent gives it. */
function needSentence(
  phase: Phase | null,
  capability: Capability,
  count: number,
  gap: number,
): string {
  const has = `you have ${capability.have === 0 ? 'nobody' : people(capability.have)}${planned(capability)}`;
  const verdict = gap === 0 ? 'covered' : `a gap of ${people(gap)}`;
  const who =
    phase === null
      ? `Not yet scheduled, ${candidateCount(count)} ${count === 1 ? 'needs' : 'need'} ${capability.name}`
      : `${phase.name} needs ${capability.name} on ${candidateCount(count)}`;
  return `${who}; ${has}: ${verdict}.`;
}

/**
 * The talent plan, phase by phase in roadmap order, then the backlog; a phase that needs nobody is
 * listed with no needs. A candidate whose phase is not in the workshop counts as in the backlog.
 */
export function talentByPhase(doc: WorkshopDocument): PhaseTalent[] {
  const byId = new Map(doc.capabilities.map((k) => [k.id, k]));
  const phases = sortPhases(doc.phases);
  const phaseIds = new Set(phases.map((p) => p.id));
  const phaseOf = (c: Candidate) =>
    c.phaseId !== null && phaseIds.has(c.phaseId) ? c.phaseId : null;
  return [...phases, null].map((phase) => {
    const held = doc.candidates
      .filter((c) => phaseOf(c) === (phase?.id ?? null))
      .sort((a, b) => compareRanks(a.phaseRank, b.phaseRank) || compareText(a.id, b.id));
    const need = new Map<string, string[]>();
    for (const c of held) {
      for (const id of new Set(c.capabilities)) {
        if (!byId.has(id)) continue;
        need.set(id, [...(need.get(id) ?? []), c.id]);
      }
    }
    const needs = [...need].map(([id, candidateIds]): CapabilityNeed => {
      const capability = byId.get(id) as Capability;
      const supply = capability.have + capability.upskill + capability.hire;
      const gap = Math.max(0, candidateIds.length - supply);
      return {
        capability,
        candidateIds,
        supply,
        gap,
        sentence: needSentence(phase, capability, candidateIds.length, gap),
      };
    });
    needs.sort(
      (a, b) =>
        b.gap - a.gap ||
        compareText(a.capability.name, b.capability.name) ||
        compareText(a.capability.id, b.capability.id),
    );
    return { phase, needs, gap: needs.reduce((sum, n) => sum + n.gap, 0) };
  });
}
