import type { Candidate } from '../records/candidate.ts';
import { EMPTY_FEASIBILITY_SCORES, EMPTY_VALUE_SCORES } from '../records/candidate.ts';
import { emptyGovernance } from '../records/governance.ts';
import { emptyChangePlan, emptyLiteracy } from '../records/people.ts';
import type { Phase } from '../records/phase.ts';
import { DEFAULT_PHASES, NO_READINESS_GATE } from '../records/phase.ts';
import { emptyPilotChecklist } from '../records/pilot.ts';
import type { Workshop } from '../records/workshop.ts';
import { DEFAULT_SETTINGS } from '../records/workshop.ts';
import type { AgendaStep } from '../records/agenda.ts';
import { SEED_AGENDA } from '../records/agenda.ts';
import type { RecordBase } from '../records/base.ts';
import { ballotId } from '../records/ballot.ts';
import type { AnyRecord } from '../records/kinds.ts';
import type { SnapshotState } from '../records/snapshot.ts';
import type { Capability } from '../records/capability.ts';
import { SEED_CAPABILITIES } from '../records/capability.ts';
import { canonicalSet } from '../records/units.ts';
import type { WorkshopDocument } from './document.ts';
import { allRecords, documentOf } from './document.ts';
import { FIRST_RANK, rankOfIndex } from './rank.ts';

/** Where new ids and timestamps come from: injected so that tests and the sample are repeatable. */
export interface RecordEnv {
  newId(): string;
  /** An ISO 8601 date-time. */
  now(): string;
}

/** A deep copy of plain JSON data (records hold nothing else). */
export function cloneData<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}

/**
 * The timestamps of a record made at `at`: created then, and not updated since. Every record
 * made is stamped through here (with an id, newRecordBase), copies and derived ids included.
 */
export function stampAt(at: string): Pick<RecordBase, 'createdAt' | 'updatedAt'> {
  return { createdAt: at, updatedAt: at };
}

/** The id and timestamps of a record made now. */
export function newRecordBase(env: RecordEnv): RecordBase {
  const now = env.now();
  return { id: env.newId(), ...stampAt(now) };
}

export type WorkshopFields = Pick<Workshop, 'title' | 'organisation' | 'facilitator' | 'date'>;

/** A new workshop with default settings and the three default phases. */
export function createWorkshop(fields: WorkshopFields, env: RecordEnv): WorkshopDocument {
  const workshop: Workshop = {
    ...newRecordBase(env),
    ...fields,
    title: fields.title.trim(),
    settings: cloneData(DEFAULT_SETTINGS),
    literacy: emptyLiteracy(),
    changePlan: emptyChangePlan(),
    timer: null,
  };
  const phases: Phase[] = DEFAULT_PHASES.map((p, order) => ({
    ...newRecordBase(env),
    workshopId: workshop.id,
    ...p,
    order,
    readinessGate: { ...NO_READINESS_GATE },
  }));
  // The seed's roles, which the talent plan starts from (records/capability.ts), and the app's
  // flow as the agenda (records/agenda.ts).
  const capabilities = seedCapabilities(workshop.id, [], env);
  const agendaSteps: AgendaStep[] = SEED_AGENDA.map((step, i) => ({
    ...newRecordBase(env),
    workshopId: workshop.id,
    ...step,
    rank: rankOfIndex(i),
    startedAt: null,
    endedAt: null,
  }));
  return documentOf(workshop, { phases, capabilities, agendaSteps });
}

/**
 * The seed's roles (records/capability.ts) a workshop's list does not have yet, by name, as new
 * capabilities with nobody to have, upskill or hire.
 */
export function seedCapabilities(
  workshopId: string,
  existing: readonly Capability[],
  env: RecordEnv,
): Capability[] {
  const names = new Set(existing.map((k) => k.name.trim().toLowerCase()));
  return SEED_CAPABILITIES.filter((name) => !names.has(name.toLowerCase())).map((name, i) => {
    // A millisecond apart, so that they list in the seed's order (by creation) on every laptop.
    const at = new Date(Date.parse(env.now()) + i).toISOString();
    return {
      id: env.newId(),
      ...stampAt(at),
      workshopId,
      name,
      have: 0,
      upskill: 0,
      hire: 0,
    };
  });
}

export type CandidateFields = Omit<Candidate, keyof RecordBase | 'workshopId'>;

/** The fields of a candidate nobody has described yet. */
export function blankCandidateFields(): CandidateFields {
  return {
    title: '',
    description: '',
    owner: '',
    department: '',
    stage: 'idea',
    audience: null,
    horizon: null,
    approach: null,
    effort: 'M',
    valueScores: { ...EMPTY_VALUE_SCORES },
    feasibilityScores: { ...EMPTY_FEASIBILITY_SCORES },
    placement: null,
    keptPlacement: null,
    dependencies: [],
    notes: '',
    phaseId: null,
    phaseRank: FIRST_RANK,
    governance: emptyGovernance(),
    pilot: emptyPilotChecklist(),
    capabilities: [],
  };
}

export function createCandidate(
  workshopId: string,
  fields: CandidateFields,
  env: RecordEnv,
): Candidate {
  return { ...newRecordBase(env), workshopId, ...fields, title: fields.title.trim() };
}

/** The longest workshop title the schema accepts. */
export const MAX_WORKSHOP_TITLE = 200;

/**
 * A copy of a whole workshop under fresh ids, with every reference (phase, dependency, component,
 * capability, round, participant, agenda step) remapped, snapshots' frozen states included. Used to
 * duplicate a workshop and to import a file as a separate copy: written with `create`, it starts a
 * new lineage, so it never merges with its original by accident. `titleSuffix` (" (copy)") is
 * added to the title, which is shortened first if the two would not fit.
 */
export function copyDocument(
  doc: WorkshopDocument,
  env: RecordEnv,
  titleSuffix = '',
): WorkshopDocument {
  const ids = new Map<string, string>();
  // Only what the copy holds is remapped (live, or frozen in a snapshot); a reference to anything
  // else (a record deleted before the copy was made) is dropped: the copy carries no tombstones.
  const held = new Set(allRecords(doc).map((r) => r.id));
  for (const snapshot of doc.snapshots) {
    for (const r of snapshotRecords(snapshot.state)) held.add(r.id);
  }
  const fresh = (oldId: string): string => {
    let id = ids.get(oldId);
    if (id === undefined) {
      id = env.newId();
      ids.set(oldId, id);
    }
    return id;
  };
  const stamp = stampAt(env.now());
  const title = `${doc.workshop.title.slice(0, MAX_WORKSHOP_TITLE - titleSuffix.length).trimEnd()}${titleSuffix}`;
  const remap = remapper(held, fresh, fresh(doc.workshop.id));
  const live = remap.state(doc, stamp);
  return {
    ...live,
    workshop: { ...live.workshop, title },
    participants: doc.participants.map((r) => remap.record(r, stamp)),
    rounds: doc.rounds.map((r) => ({
      ...remap.record(r, stamp),
      candidateIds: remap.refs(r.candidateIds),
    })),
    // A ballot's id comes from its round and participant; one whose voter is gone is left out.
    ballots: doc.ballots.flatMap((b) => {
      const roundId = remap.ref(b.roundId);
      const participantId = b.participantId === null ? null : remap.ref(b.participantId);
      if (roundId === null || (b.participantId !== null && participantId === null)) return [];
      return [
        {
          ...cloneData(b),
          ...stamp,
          id: ballotId(roundId, participantId),
          workshopId: live.workshop.id,
          roundId,
          participantId,
          dots: b.dots.flatMap((d) => remap.kept(d)),
          scores: b.scores.flatMap((s) => remap.kept(s)),
        },
      ];
    }),
    snapshots: doc.snapshots.map((s) => ({
      ...remap.record(s, stamp),
      state: remap.state(s.state, null),
    })),
    decisions: doc.decisions.map((d) => ({
      ...remap.record(d, stamp),
      candidateIds: remap.refs(d.candidateIds),
    })),
    agendaSteps: doc.agendaSteps.map((r) => remap.record(r, stamp)),
    scenarios: doc.scenarios.map((r) => ({
      ...remap.record(r, stamp),
      capacities: r.capacities.flatMap((c) => {
        const phaseId = remap.ref(c.phaseId);
        return phaseId === null ? [] : [{ ...c, phaseId }];
      }),
    })),
  };
}

/** The records a snapshot froze. */
export function snapshotRecords(state: SnapshotState): AnyRecord[] {
  return [
    state.workshop,
    ...state.phases,
    ...state.candidates,
    ...state.components,
    ...state.capabilities,
  ];
}

type Stamp = Pick<RecordBase, 'createdAt' | 'updatedAt'> | null;

/** copyDocument's remapping of ids and references, shared by the live records and snapshots. */
function remapper(held: ReadonlySet<string>, fresh: (id: string) => string, workshopId: string) {
  const ref = (id: string | null): string | null =>
    id === null || !held.has(id) ? null : fresh(id);
  const refs = (list: readonly string[]): string[] =>
    canonicalSet(list.filter((id) => held.has(id)).map(fresh));
  /** A vote about a candidate, remapped; none when the copy does not hold the candidate. */
  const kept = <V extends { candidateId: string }>(vote: V): V[] =>
    held.has(vote.candidateId) ? [{ ...vote, candidateId: fresh(vote.candidateId) }] : [];
  const record = <T extends RecordBase & { workshopId: string }>(r: T, stamp: Stamp): T => ({
    ...cloneData(r),
    ...(stamp ?? {}),
    id: fresh(r.id),
    workshopId,
  });
  /** The records a snapshot state holds (and the live ones of the same kinds), remapped. */
  const state = (s: SnapshotState, stamp: Stamp): SnapshotState => {
    const timer = s.workshop.timer;
    const stepId = timer === null ? null : ref(timer.stepId);
    return {
      workshop: {
        ...cloneData(s.workshop),
        ...(stamp ?? {}),
        id: workshopId,
        timer: timer === null || stepId === null ? null : { ...timer, stepId },
      },
      phases: s.phases.map((p) => record(p, stamp)),
      candidates: s.candidates.map((c) => ({
        ...record(c, stamp),
        phaseId: ref(c.phaseId),
        dependencies: refs(c.dependencies),
        capabilities: refs(c.capabilities),
      })),
      components: s.components.map((k) => ({
        ...record(k, stamp),
        providerId: ref(k.providerId),
        consumerIds: refs(k.consumerIds),
      })),
      capabilities: s.capabilities.map((k) => record(k, stamp)),
    };
  };
  return { ref, refs, kept, record, state };
}
