import type { Candidate } from '../records/candidate.ts';
import { EMPTY_FEASIBILITY_SCORES, EMPTY_VALUE_SCORES } from '../records/candidate.ts';
import type { Phase } from '../records/phase.ts';
import { DEFAULT_PHASES } from '../records/phase.ts';
import type { Workshop } from '../records/workshop.ts';
import { DEFAULT_SETTINGS } from '../records/workshop.ts';
import type { RecordBase } from '../records/base.ts';
import type { WorkshopDocument } from './document.ts';

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

function base(env: RecordEnv): RecordBase {
  const now = env.now();
  return { id: env.newId(), createdAt: now, updatedAt: now, rev: 1 };
}

/** A changed copy of a record: the next revision, stamped now. */
export function revise<T extends RecordBase>(
  record: T,
  patch: Partial<Omit<T, keyof RecordBase>>,
  env: RecordEnv,
): T {
  return { ...record, ...patch, updatedAt: env.now(), rev: record.rev + 1 };
}

export type WorkshopFields = Pick<Workshop, 'title' | 'organisation' | 'facilitator' | 'date'>;

/** A new workshop with default settings and the three default phases. */
export function createWorkshop(fields: WorkshopFields, env: RecordEnv): WorkshopDocument {
  const workshop: Workshop = {
    ...base(env),
    ...fields,
    title: fields.title.trim(),
    settings: cloneData(DEFAULT_SETTINGS),
  };
  const phases: Phase[] = DEFAULT_PHASES.map((p, order) => ({
    ...base(env),
    workshopId: workshop.id,
    ...p,
    order,
  }));
  return { workshop, phases, candidates: [], components: [] };
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
    phaseOrder: 0,
  };
}

export function createCandidate(
  workshopId: string,
  fields: CandidateFields,
  env: RecordEnv,
): Candidate {
  return { ...base(env), workshopId, ...fields, title: fields.title.trim() };
}

/** The longest workshop title the schema accepts. */
export const MAX_WORKSHOP_TITLE = 200;

/**
 * A copy of a whole workshop under fresh ids, with every reference (phase, dependency, component)
 * remapped. Used to duplicate a workshop and to import a file as a new workshop. `titleSuffix`
 * (" (copy)") is added to the title, which is shortened first if the two would not fit.
 */
export function copyDocument(
  doc: WorkshopDocument,
  env: RecordEnv,
  titleSuffix = '',
): WorkshopDocument {
  const ids = new Map<string, string>();
  const fresh = (oldId: string): string => {
    let id = ids.get(oldId);
    if (id === undefined) {
      id = env.newId();
      ids.set(oldId, id);
    }
    return id;
  };
  const now = env.now();
  const stamp = { createdAt: now, updatedAt: now, rev: 1 };
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
      phaseId: c.phaseId === null ? null : fresh(c.phaseId),
      dependencies: c.dependencies.map(fresh),
    })),
    components: doc.components.map((k) => ({
      ...cloneData(k),
      ...stamp,
      id: fresh(k.id),
      workshopId: workshop.id,
      providerId: k.providerId === null ? null : fresh(k.providerId),
      consumerIds: k.consumerIds.map(fresh),
    })),
  };
}
