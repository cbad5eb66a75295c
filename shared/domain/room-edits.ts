/**
 * Edits of running the room: participants, voting and scoring rounds and their ballots, the agenda
 * and its countdown, snapshots, and the decision log. Each returns one Change (one undo step).
 */
import type { AgendaStep, Timer } from '../records/agenda.ts';
import type { Ballot, BallotDot, BallotScore } from '../records/ballot.ts';
import { ballotId } from '../records/ballot.ts';
import type { Candidate } from '../records/candidate.ts';
import type { Decision } from '../records/decision.ts';
import type { AnyRecord, ChildKind } from '../records/kinds.ts';
import type { Participant } from '../records/participant.ts';
import type { Round } from '../records/round.ts';
import type { Snapshot } from '../records/snapshot.ts';
import { canonicalSet } from '../records/units.ts';
import { adoptedScore, scoreSpreads } from '../room/blind.ts';
import {
  extendedTimer,
  pausedTimer,
  resumedTimer,
  sortSteps,
  startedTimer,
} from '../room/agenda.ts';
import { stateOf } from '../room/snapshots.ts';
import { ballotProblem } from '../room/voting.ts';
import { FEASIBILITY_CRITERIA } from './criteria.ts';
import type { Change, RecordPatch } from './change.ts';
import { NO_CHANGE, patchBetween, patchChange, combineChanges } from './change.ts';
import type { WorkshopDocument } from './document.ts';
import type { RecordEnv } from './factories.ts';
import { cloneData, newRecordBase, stampAt } from './factories.ts';
import { rankBetween, ranksAfter } from './rank.ts';

// Participants -------------------------------------------------------------------------------

export type ParticipantFields = Pick<Participant, 'name' | 'role' | 'department'>;

export function addParticipant(
  workshopId: string,
  fields: ParticipantFields,
  env: RecordEnv,
): Change {
  const participant: Participant = {
    ...newRecordBase(env),
    workshopId,
    name: fields.name.trim(),
    role: fields.role.trim(),
    department: fields.department.trim(),
  };
  return { create: { participants: [participant] } };
}

export function editParticipant(participant: Participant, fields: ParticipantFields): Change {
  const next = {
    ...participant,
    name: fields.name.trim(),
    role: fields.role.trim(),
    department: fields.department.trim(),
  };
  return patchChange('participants', patchBetween('participants', participant, next));
}

/** Removes a participant; the ballots they cast stay counted. */
export function deleteParticipant(participantId: string): Change {
  return { delete: { participants: [participantId] } };
}

// Rounds and ballots -------------------------------------------------------------------------

export type RoundFields = Pick<
  Round,
  'name' | 'kind' | 'mode' | 'candidateIds' | 'criteria' | 'dotsPerParticipant' | 'maxPerCandidate'
>;

export function startRound(workshopId: string, fields: RoundFields, env: RecordEnv): Change {
  const round: Round = {
    ...newRecordBase(env),
    workshopId,
    ...fields,
    name: fields.name.trim(),
    // Scores are always given privately; only dots can be counted off the wall.
    mode: fields.kind === 'scores' ? 'secret' : fields.mode,
    candidateIds: canonicalSet(fields.candidateIds),
    criteria: canonicalSet(fields.criteria) as Round['criteria'],
    revealedAt: null,
  };
  return { create: { rounds: [round] } };
}

/** Reveals a round's result: from now on its ballots and tally show. */
export function revealRound(round: Round, now: string): Change {
  if (round.revealedAt !== null) return NO_CHANGE;
  return patchChange('rounds', { id: round.id, set: { revealedAt: now } });
}

/** Deletes a round and its ballots. */
export function deleteRound(doc: WorkshopDocument, round: Round): Change {
  return {
    delete: {
      rounds: [round.id],
      ballots: doc.ballots.filter((b) => b.roundId === round.id).map((b) => b.id),
    },
  };
}

/** Dots per candidate, each candidate once (dots listed twice are added up), by candidate id. */
function sortedDots(dots: readonly BallotDot[]): BallotDot[] {
  const counts = new Map<string, number>();
  for (const d of dots) {
    if (d.count > 0) counts.set(d.candidateId, (counts.get(d.candidateId) ?? 0) + d.count);
  }
  return [...counts]
    .map(([candidateId, count]) => ({ candidateId, count }))
    .sort((a, b) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
}

/** A participant's ballot that breaks the round's limits (room/voting.ts ballotProblem). */
export class BallotRefusedError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'BallotRefusedError';
  }
}

function sortedScores(scores: readonly BallotScore[]): BallotScore[] {
  const key = (s: BallotScore) => `${s.candidateId}/${s.criterion}`;
  return scores
    .map((s) => ({ candidateId: s.candidateId, criterion: s.criterion, score: s.score }))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Writes a ballot of a round: a participant's (their dots or scores), or, with `participantId`
 * null, the room's tally. A second ballot of the same person in the same round replaces the first.
 * A participant's dots over the round's limits (more than N, more than M on one candidate, or on a
 * candidate not in the round: room/voting.ts ballotProblem) are refused with a BallotRefusedError,
 * whatever the screen let through; the room's counts from the wall have no such limits.
 */
export function castBallot(
  doc: WorkshopDocument,
  round: Round,
  participantId: string | null,
  votes: { dots?: readonly BallotDot[]; scores?: readonly BallotScore[] },
  env: RecordEnv,
): Change {
  const id = ballotId(round.id, participantId);
  const dots = sortedDots(votes.dots ?? []);
  const scores = sortedScores(votes.scores ?? []);
  if (participantId !== null && round.kind === 'dots') {
    const problem = ballotProblem(round, dots);
    if (problem !== null) throw new BallotRefusedError(problem);
  }
  const existing = doc.ballots.find((b) => b.id === id);
  if (existing !== undefined) {
    return patchChange('ballots', patchBetween('ballots', existing, { ...existing, dots, scores }));
  }
  const ballot: Ballot = {
    id,
    ...stampAt(env.now()),
    workshopId: round.workshopId,
    roundId: round.id,
    participantId,
    dots,
    scores,
  };
  // The id is the round's and the voter's: a ballot cast again after it was taken back (undone,
  // or deleted on another laptop and merged) comes back from its tombstone, as written now,
  // instead of being refused as already stored. Where there is no tombstone this is a create.
  return { restore: { ballots: [{ record: ballot, version: null }] } };
}

/**
 * "Adopt the medians": every item the room scored in a revealed scoring round gets the median of
 * its scores (room/blind.ts adoptedScore) as the candidate's score, and the decision log records
 * it; one change, one undo step.
 */
export function adoptMedians(doc: WorkshopDocument, round: Round, env: RecordEnv): Change {
  const spreads = scoreSpreads(doc, round);
  const byCandidate = new Map<string, Candidate>();
  for (const s of spreads) {
    const c = byCandidate.get(s.candidate.id) ?? cloneData(s.candidate);
    const score = adoptedScore(s.median) as 1 | 2 | 3 | 4 | 5;
    if ((FEASIBILITY_CRITERIA as readonly string[]).includes(s.criterion)) {
      c.feasibilityScores = { ...c.feasibilityScores, [s.criterion]: score };
    } else {
      c.valueScores = { ...c.valueScores, [s.criterion]: score };
    }
    byCandidate.set(c.id, c);
  }
  const patches = doc.candidates.flatMap((c) => {
    const next = byCandidate.get(c.id);
    const patch = next === undefined ? null : patchBetween('candidates', c, next);
    return patch === null ? [] : [patch];
  });
  if (patches.length === 0) return NO_CHANGE;
  const decision = logDecision(
    doc.workshop.id,
    {
      what: `Adopted the medians of “${round.name}” (${spreads.length} ${spreads.length === 1 ? 'score' : 'scores'})`,
      why: '',
      candidateIds: [...byCandidate.keys()],
    },
    env,
  );
  return combineChanges({ patch: { candidates: patches } }, decision);
}

// The agenda and its countdown -----------------------------------------------------------------

export type StepFields = Pick<AgendaStep, 'name' | 'minutes'>;

export function addStep(doc: WorkshopDocument, fields: StepFields, env: RecordEnv): Change {
  const last = sortSteps(doc.agendaSteps).at(-1);
  const [rank] = ranksAfter(last?.rank ?? null, 1);
  const step: AgendaStep = {
    ...newRecordBase(env),
    workshopId: doc.workshop.id,
    name: fields.name.trim(),
    minutes: fields.minutes,
    rank: rank as string,
    startedAt: null,
    endedAt: null,
  };
  return { create: { agendaSteps: [step] } };
}

export function editStep(step: AgendaStep, fields: StepFields): Change {
  const next = { ...step, name: fields.name.trim(), minutes: fields.minutes };
  return patchChange('agendaSteps', patchBetween('agendaSteps', step, next));
}

/** Moves a step one place earlier (-1) or later (+1): only the moved step is written. */
export function moveStep(doc: WorkshopDocument, stepId: string, direction: -1 | 1): Change {
  const steps = sortSteps(doc.agendaSteps);
  const at = steps.findIndex((s) => s.id === stepId);
  const to = at + direction;
  if (at === -1 || to < 0 || to >= steps.length) return NO_CHANGE;
  const rest = steps.filter((s) => s.id !== stepId);
  const before = rest[to - 1]?.rank ?? null;
  const after = rest[to]?.rank ?? null;
  const rank = rankBetween(before, after);
  if (rank === null) return NO_CHANGE;
  return patchChange('agendaSteps', { id: stepId, set: { rank } });
}

/** Deletes a step; the countdown stops if it was this step's. */
export function deleteStep(doc: WorkshopDocument, stepId: string): Change {
  const timer = doc.workshop.timer;
  return combineChanges(
    { delete: { agendaSteps: [stepId] } },
    timer?.stepId === stepId ? setTimer(doc, null) : NO_CHANGE,
  );
}

function setTimer(doc: WorkshopDocument, timer: Timer): Change {
  return patchChange('workshops', { id: doc.workshop.id, set: { timer } });
}

/**
 * Starts a step's countdown now: the step under way (if another) ends now, this one starts (its
 * first start is kept, so a step resumed after another is not counted twice).
 */
export function startStep(doc: WorkshopDocument, step: AgendaStep, nowMs: number): Change {
  const now = new Date(nowMs).toISOString();
  const current = doc.workshop.timer;
  const patches: RecordPatch<AgendaStep>[] = [];
  if (current !== null && current.stepId !== step.id) {
    patches.push({ id: current.stepId, set: { endedAt: now } });
  }
  patches.push({
    id: step.id,
    set: { ...(step.startedAt === null ? { startedAt: now } : {}), endedAt: null },
  });
  return {
    patch: {
      agendaSteps: patches.filter((p) => doc.agendaSteps.some((s) => s.id === p.id)),
      workshops: [{ id: doc.workshop.id, set: { timer: startedTimer(step, nowMs) } }],
    },
  };
}

export function pauseTimer(doc: WorkshopDocument, nowMs: number): Change {
  const timer = doc.workshop.timer;
  if (timer === null || timer.endsAt === null) return NO_CHANGE;
  return setTimer(doc, pausedTimer(timer, nowMs));
}

export function resumeTimer(doc: WorkshopDocument, nowMs: number): Change {
  const timer = doc.workshop.timer;
  if (timer === null || timer.endsAt !== null) return NO_CHANGE;
  return setTimer(doc, resumedTimer(timer, nowMs));
}

export function extendTimer(doc: WorkshopDocument, minutes: number): Change {
  const timer = doc.workshop.timer;
  if (timer === null) return NO_CHANGE;
  return setTimer(doc, extendedTimer(timer, minutes));
}

/** Ends the step under way now and starts the next one; after the last, the countdown stops. */
export function nextStep(doc: WorkshopDocument, nowMs: number): Change {
  const timer = doc.workshop.timer;
  if (timer === null) return NO_CHANGE;
  const steps = sortSteps(doc.agendaSteps);
  const next = steps[steps.findIndex((s) => s.id === timer.stepId) + 1];
  if (next !== undefined) return startStep(doc, next, nowMs);
  const now = new Date(nowMs).toISOString();
  return combineChanges(
    doc.agendaSteps.some((s) => s.id === timer.stepId)
      ? { patch: { agendaSteps: [{ id: timer.stepId, set: { endedAt: now } }] } }
      : NO_CHANGE,
    setTimer(doc, null),
  );
}

// Snapshots ---------------------------------------------------------------------------------------

export function takeSnapshot(doc: WorkshopDocument, name: string, env: RecordEnv): Change {
  const base = newRecordBase(env);
  const snapshot: Snapshot = {
    ...base,
    workshopId: doc.workshop.id,
    name: name.trim(),
    takenAt: base.createdAt,
    state: cloneData(stateOf(doc)),
  };
  return { create: { snapshots: [snapshot] } };
}

export function deleteSnapshot(snapshotId: string): Change {
  return { delete: { snapshots: [snapshotId] } };
}

const SNAPSHOT_KINDS = [
  'phases',
  'candidates',
  'components',
  'capabilities',
] as const satisfies readonly ChildKind[];

/**
 * Puts the workshop back as a snapshot froze it, as one undo step: records changed since are
 * patched back (only what differs), records added since are deleted, records deleted since come
 * back. What the snapshot does not freeze (participants, rounds, the agenda, decisions, other
 * snapshots) is left as it is; so is the countdown.
 */
export function restoreSnapshot(doc: WorkshopDocument, snapshot: Snapshot): Change {
  const state = snapshot.state;
  const out: Change = {};
  const workshopPatch = patchBetween('workshops', doc.workshop, {
    ...state.workshop,
    id: doc.workshop.id,
    timer: doc.workshop.timer,
  });
  const patch: Record<string, RecordPatch<AnyRecord>[]> = {};
  const del: Record<string, string[]> = {};
  const restore: Record<string, { record: AnyRecord; version: null }[]> = {};
  if (workshopPatch !== null) patch.workshops = [workshopPatch];
  for (const kind of SNAPSHOT_KINDS) {
    const now = new Map<string, AnyRecord>(doc[kind].map((r) => [r.id, r]));
    const then = state[kind] as AnyRecord[];
    const thenIds = new Set(then.map((r) => r.id));
    for (const record of then) {
      const current = now.get(record.id);
      if (current === undefined) (restore[kind] ??= []).push({ record, version: null });
      else {
        const p = patchBetween(kind, current as never, record as never);
        if (p !== null) (patch[kind] ??= []).push(p as RecordPatch<AnyRecord>);
      }
    }
    for (const id of now.keys()) if (!thenIds.has(id)) (del[kind] ??= []).push(id);
  }
  if (Object.keys(patch).length > 0) out.patch = patch as Change['patch'];
  if (Object.keys(del).length > 0) out.delete = del as Change['delete'];
  if (Object.keys(restore).length > 0) out.restore = restore as Change['restore'];
  return out;
}

// The decision log --------------------------------------------------------------------------------

export type DecisionFields = Pick<Decision, 'what' | 'why' | 'candidateIds'>;

export function logDecision(workshopId: string, fields: DecisionFields, env: RecordEnv): Change {
  const base = newRecordBase(env);
  const decision: Decision = {
    ...base,
    workshopId,
    at: base.createdAt,
    what: fields.what.trim().slice(0, 300),
    why: fields.why.trim().slice(0, 300),
    candidateIds: canonicalSet(fields.candidateIds),
  };
  return { create: { decisions: [decision] } };
}

export function editDecision(decision: Decision, fields: Pick<Decision, 'what' | 'why'>): Change {
  const next = { ...decision, what: fields.what.trim(), why: fields.why.trim() };
  return patchChange('decisions', patchBetween('decisions', decision, next));
}

export function deleteDecision(decisionId: string): Change {
  return { delete: { decisions: [decisionId] } };
}
