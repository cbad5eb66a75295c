import type { Candidate } from '../records/candidate.ts';
import { EMPTY_FEASIBILITY_SCORES, EMPTY_VALUE_SCORES } from '../records/candidate.ts';
import { emptyGovernance } from '../records/governance.ts';
import { emptyChangePlan, emptyLiteracy } from '../records/people.ts';
import type { Phase } from '../records/phase.ts';
import { DEFAULT_PHASES, NO_READINESS_GATE } from '../records/phase.ts';
import { emptyPilotChecklist } from '../records/pilot.ts';
import type { Workshop } from '../records/workshop.ts';
import { DEFAULT_SETTINGS } from '../records/workshop.ts';
import type { RecordBase } from '../records/base.ts';
import type { Capability } from '../records/capability.ts';
import { SEED_CAPABILITIES } from '../records/capability.ts';
import { canonicalSet } from '../records/units.ts';
import type { WorkshopDocument } from './document.ts';
import { allRecords } from './document.ts';
import { FIRST_RANK } from './rank.ts';

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

/** The id and timestamps of a record made now. */
export function newRecordBase(env: RecordEnv): RecordBase {
  const now = env.now();
  return { id: env.newId(), createdAt: now, updatedAt: now };
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
  };
  const phases: Phase[] = DEFAULT_PHASES.map((p, order) => ({
    ...newRecordBase(env),
    workshopId: workshop.id,
    ...p,
    order,
    readinessGate: { ...NO_READINESS_GATE },
  }));
  // The seed's roles, which the talent plan starts from (records/capability.ts).
  const capabilities = seedCapabilities(workshop.id, [], env);
  return { workshop, phases, candidates: [], components: [], capabilities };
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
      createdAt: at,
      updatedAt: at,
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
 * A copy of a whole workshop under fresh ids, with every reference (phase, dependency, component)
 * remapped. Used to duplicate a workshop and to import a file as a separate copy: written with
 * `create`, it starts a new lineage, so it never merges with its original by accident.
 * `titleSuffix` (" (copy)") is added to the title, which is shortened first if the two would not fit.
 */
export function copyDocument(
  doc: WorkshopDocument,
  env: RecordEnv,
  titleSuffix = '',
): WorkshopDocument {
  const ids = new Map<string, string>();
  // Only what the copy holds is remapped; a reference to anything else (a record deleted before
  // the copy was made) is dropped, since the copy carries no tombstones to explain it.
  const held = new Set(allRecords(doc).map((r) => r.id));
  const fresh = (oldId: string): string => {
    let id = ids.get(oldId);
    if (id === undefined) {
      id = env.newId();
      ids.set(oldId, id);
    }
    return id;
  };
  const now = env.now();
  const stamp = { createdAt: now, updatedAt: now };
  const workshop: Workshop = {
    ...cloneData(doc.workshop),
    ...stamp,
    id: fresh(doc.workshop.id),
    title: `${doc.workshop.title.slice(0, MAX_WORKSHOP_TITLE - titleSuffix.length).trimEnd()}${titleSuffix}`,
  };
  return {
    workshop,
    phases: doc.phases.map((p) => ({
      ...cloneData(p),
      ...stamp,
      id: fresh(p.id),
      workshopId: workshop.id,
    })),
    candidates: doc.candidates.map((c) => ({
      ...cloneData(c),
      ...stamp,
      id: fresh(c.id),
      workshopId: workshop.id,
      phaseId: c.phaseId === null || !held.has(c.phaseId) ? null : fresh(c.phaseId),
      dependencies: canonicalSet(c.dependencies.filter((id) => held.has(id)).map(fresh)),
      capabilities: canonicalSet(c.capabilities.filter((id) => held.has(id)).map(fresh)),
    })),
    components: doc.components.map((k) => ({
      ...cloneData(k),
      ...stamp,
      id: fresh(k.id),
      workshopId: workshop.id,
      providerId: k.providerId === null || !held.has(k.providerId) ? null : fresh(k.providerId),
      consumerIds: canonicalSet(k.consumerIds.filter((id) => held.has(id)).map(fresh)),
    })),
    capabilities: doc.capabilities.map((k) => ({
      ...cloneData(k),
      ...stamp,
      id: fresh(k.id),
      workshopId: workshop.id,
    })),
  };
}
