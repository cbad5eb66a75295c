/**
 * Edits of the roadmap: phases (add, edit, reorder, delete) and the place of a candidate in a
 * phase or in the backlog. Each returns one Change, so each is one undo step.
 */
import type { Candidate } from '../records/candidate.ts';
import type { Phase } from '../records/phase.ts';
import { NO_READINESS_GATE } from '../records/phase.ts';
import type { ReadinessGate } from '../records/phase.ts';
import { GOVERNANCE_AREAS } from '../records/governance.ts';
import type { GovernanceArea } from '../records/governance.ts';
import { compareText, sortPhases } from '../roadmap/common.ts';
import type { Change, RecordPatch } from './change.ts';
import { NO_CHANGE, patchBetween, patchChange, patchesChange } from './change.ts';
import type { WorkshopDocument } from './document.ts';
import type { RecordEnv } from './factories.ts';
import { newRecordBase } from './factories.ts';
import { compareRanks, rankBetween, ranksAfter, ranksFor } from './rank.ts';
import { scoreCandidate } from './scoring.ts';

export type PhaseFields = Pick<Phase, 'name' | 'timeSpan' | 'capacity'> & {
  /** The readiness gate; absent leaves the phase's gate as it is. */
  readinessGate?: ReadinessGate;
};
export type PhaseErrors = Partial<
  Record<'name' | 'timeSpan' | 'capacity' | GovernanceArea, string>
>;

export const MAX_CAPACITY = 10_000;
const MAX_ORDER = 1_000;
const NEW_PHASE_CAPACITY = 8;

/**
 * A readiness percentage typed in a form: null for an empty field (the phase asks nothing of that
 * area), NaN unless it is a whole number written with digits only (checked by validatePhaseFields).
 */
export function parseGatePercent(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '').trim();
  if (trimmed === '') return null;
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The capacity typed in a form, as a number: NaN unless it is a whole number written with digits
 * only, so that "12.5", "1e3" or "" are refused rather than silently read as something else.
 */
export function parseCapacity(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Plain-words problems with a phase's fields, by field; empty when they can be saved. */
export function validatePhaseFields(fields: PhaseFields): PhaseErrors {
  const errors: PhaseErrors = {};
  const name = fields.name.trim();
  if (name === '') errors.name = 'Give the phase a name.';
  else if (name.length > 120) errors.name = 'Keep the name under 120 characters.';
  if (fields.timeSpan.trim().length > 60) {
    errors.timeSpan = 'Keep the time span under 60 characters.';
  }
  const { capacity } = fields;
  if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
    errors.capacity = 'Enter the capacity as a whole number of effort points, from 0 to 10,000.';
  }
  for (const area of GOVERNANCE_AREAS) {
    const percent = fields.readinessGate?.[area] ?? null;
    if (percent !== null && !(Number.isInteger(percent) && percent >= 0 && percent <= 100)) {
      errors[area] = 'Enter a whole percentage from 0 to 100, or leave it empty to ask nothing.';
    }
  }
  return errors;
}

/** Patches renumbering the phases' `order` 0..n-1 in the order given: only those that change. */
function renumbered(phases: readonly Phase[]): RecordPatch<Phase>[] {
  return phases.flatMap((p, order) => (p.order === order ? [] : [{ id: p.id, set: { order } }]));
}

/**
 * Adds a phase at the end of the roadmap: "Phase N" (the first N from the phase count + 1 that no
 * phase is called yet), no time span, a capacity of 8 effort points.
 */
export function addPhase(doc: WorkshopDocument, env: RecordEnv): Change {
  const phases = sortPhases(doc.phases);
  const names = new Set(phases.map((p) => p.name));
  let n = phases.length + 1;
  while (names.has(`Phase ${n}`)) n += 1;
  const last = phases.at(-1);
  // Orders are capped by the schema; when the last one is at the cap, close the gaps first.
  const isFull = last !== undefined && last.order >= MAX_ORDER;
  const phase: Phase = {
    ...newRecordBase(env),
    workshopId: doc.workshop.id,
    name: `Phase ${n}`,
    timeSpan: '',
    capacity: NEW_PHASE_CAPACITY,
    order: last === undefined ? 0 : isFull ? phases.length : last.order + 1,
    readinessGate: { ...NO_READINESS_GATE },
  };
  const moved = isFull ? renumbered(phases) : [];
  return { create: { phases: [phase] }, ...(moved.length > 0 ? { patch: { phases: moved } } : {}) };
}

/**
 * Saves what the user changed of a phase's name, time span and capacity (trimmed); `phase` is the
 * phase as the dialog opened it. No change when nothing differs.
 */
export function editPhase(phase: Phase, fields: PhaseFields): Change {
  const next = {
    ...phase,
    name: fields.name.trim(),
    timeSpan: fields.timeSpan.trim(),
    capacity: fields.capacity,
    readinessGate: fields.readinessGate ?? phase.readinessGate,
  };
  return patchChange('phases', patchBetween('phases', phase, next));
}

/** Gives a phase a new name, keeping its time span and capacity. */
export function renamePhase(phase: Phase, name: string): Change {
  return editPhase(phase, { name, timeSpan: phase.timeSpan, capacity: phase.capacity });
}

/**
 * Moves a phase one place earlier (-1, left) or later (+1, right) and renumbers every phase's
 * `order` 0..n-1, so ties left by a merge are settled too. No change at either end.
 */
export function movePhase(doc: WorkshopDocument, phaseId: string, direction: -1 | 1): Change {
  const phases = sortPhases(doc.phases);
  const from = phases.findIndex((p) => p.id === phaseId);
  const to = from + direction;
  const moving = phases[from];
  const other = phases[to];
  if (from === -1 || moving === undefined || other === undefined) return NO_CHANGE;
  phases[from] = other;
  phases[to] = moving;
  return patchesChange('phases', renumbered(phases));
}

/**
 * Deletes a phase and sends its candidates to the backlog, in their order, after what is already
 * there. One Change, so one undo brings back the phase and its plan.
 */
export function deletePhase(doc: WorkshopDocument, phaseId: string): Change {
  if (!doc.phases.some((p) => p.id === phaseId)) return NO_CHANGE;
  const { backlog, phases } = roadmapColumns(doc);
  const held = phases.find((column) => column.phase.id === phaseId)?.candidates ?? [];
  const last = backlog.reduce<string | null>(
    (max, c) => (max === null || compareRanks(c.phaseRank, max) > 0 ? c.phaseRank : max),
    null,
  );
  const ranks = ranksAfter(last, held.length);
  const candidates = held.map((c, k) => ({
    id: c.id,
    set: { phaseId: null, phaseRank: ranks[k] ?? c.phaseRank },
  }));
  return { patch: { candidates }, delete: { phases: [phaseId] } };
}

/** The roadmap as the screen shows it: the backlog, then each phase in order with its cards. */
export interface RoadmapColumns {
  /** Unscheduled candidates, and any whose phase no longer exists. */
  backlog: Candidate[];
  phases: Array<{ phase: Phase; candidates: Candidate[] }>;
}

/**
 * The candidates of each column in display order: by `phaseRank`, then (for ties, e.g. a backlog
 * nobody has ordered yet) by priority, highest first and the unscored last, then title and id.
 * The screen and `moveCandidate` both use this order, so an index on screen is an index here.
 */
export function roadmapColumns(doc: WorkshopDocument): RoadmapColumns {
  const settings = doc.workshop.settings;
  const priority = new Map(
    doc.candidates.map((c) => [c.id, scoreCandidate(c, settings).priority ?? -1]),
  );
  const phases = sortPhases(doc.phases).map((phase) => ({ phase, candidates: [] as Candidate[] }));
  const byPhase = new Map(phases.map((column) => [column.phase.id, column.candidates]));
  const backlog: Candidate[] = [];
  for (const c of doc.candidates) {
    const list = c.phaseId === null ? undefined : byPhase.get(c.phaseId);
    (list ?? backlog).push(c);
  }
  const compare = (a: Candidate, b: Candidate): number =>
    compareRanks(a.phaseRank, b.phaseRank) ||
    (priority.get(b.id) ?? -1) - (priority.get(a.id) ?? -1) ||
    compareText(a.title, b.title) ||
    compareText(a.id, b.id);
  backlog.sort(compare);
  for (const column of phases) column.candidates.sort(compare);
  return { backlog, phases };
}

/**
 * Moves a candidate to position `toIndex` (0 = top; clamped) of a phase, or of the backlog with
 * `toPhaseId` null: the index it has once there, as in an array move. The moved card gets a rank
 * between its new neighbours and nothing else changes, so two laptops reordering the same phase
 * merge without a conflict. Where the neighbours tie (an older file, a merge), the target list is
 * renumbered instead, touching only the cards whose rank changes. No change for an unknown
 * candidate or phase, or a move to where the card already is.
 */
export function moveCandidate(
  doc: WorkshopDocument,
  candidateId: string,
  toPhaseId: string | null,
  toIndex: number,
): Change {
  const candidate = doc.candidates.find((c) => c.id === candidateId);
  if (candidate === undefined) return NO_CHANGE;
  const columns = roadmapColumns(doc);
  const listOf = (phaseId: string | null): Candidate[] | undefined =>
    phaseId === null
      ? columns.backlog
      : columns.phases.find((column) => column.phase.id === phaseId)?.candidates;
  const target = listOf(toPhaseId);
  if (target === undefined) return NO_CHANGE;
  const isSameList = candidate.phaseId === toPhaseId;

  const rest = target.filter((c) => c.id !== candidateId);
  const index = Math.min(Math.max(0, Math.trunc(toIndex) || 0), rest.length);
  if (isSameList && target[index]?.id === candidateId) return NO_CHANGE;

  const before = rest[index - 1]?.phaseRank ?? null;
  const after = rest[index]?.phaseRank ?? null;
  const rank = rankBetween(before, after);
  if (rank !== null) {
    return patchChange('candidates', placementPatch(candidate, toPhaseId, rank));
  }
  // No key fits between tied neighbours: renumber the target list with the card in its place.
  const next = [...rest.slice(0, index), candidate, ...rest.slice(index)];
  const ranks = ranksFor(next.length);
  return patchesChange(
    'candidates',
    next.map((c, k) =>
      placementPatch(c, c.id === candidateId ? toPhaseId : c.phaseId, ranks[k] ?? c.phaseRank),
    ),
  );
}

/**
 * The patch that puts a card in a phase (null: the backlog) at a rank, naming only what changes:
 * a field it does not change is left to whatever is stored when it lands. Null when nothing does.
 */
export function placementPatch(
  candidate: Candidate,
  phaseId: string | null,
  phaseRank: string,
): RecordPatch<Candidate> | null {
  const set = {
    ...(candidate.phaseId === phaseId ? {} : { phaseId }),
    ...(candidate.phaseRank === phaseRank ? {} : { phaseRank }),
  };
  return Object.keys(set).length === 0 ? null : { id: candidate.id, set };
}
