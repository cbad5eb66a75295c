/**
 * Every kind of record a workshop holds, in one registry. A new kind (governance, votes,
 * snapshots...) is added here with its schema, the fields that merge as sets and the fields that
 * order a list; the database tables, the file, undo, tombstones and merge then handle it with no
 * code of their own (docs/ARCHITECTURE.md, "Record kinds").
 */
import type { z } from 'zod';
import type { Candidate } from './candidate.ts';
import type { AgendaStep } from './agenda.ts';
import { agendaStepSchema } from './agenda.ts';
import type { Ballot } from './ballot.ts';
import { ballotSchema } from './ballot.ts';
import type { Capability } from './capability.ts';
import { capabilitySchema } from './capability.ts';
import type { Decision } from './decision.ts';
import { decisionSchema } from './decision.ts';
import type { Participant } from './participant.ts';
import { participantSchema } from './participant.ts';
import type { Round } from './round.ts';
import { roundSchema } from './round.ts';
import type { Scenario } from './scenario.ts';
import { scenarioSchema } from './scenario.ts';
import type { Snapshot } from './snapshot.ts';
import { snapshotSchema } from './snapshot.ts';
import { candidateSchema } from './candidate.ts';
import type { Component } from './component.ts';
import { componentSchema } from './component.ts';
import type { Phase } from './phase.ts';
import { phaseSchema } from './phase.ts';
import type { Workshop } from './workshop.ts';
import { workshopSchema } from './workshop.ts';

/** The record type of each kind; the kind's name is also its table's and its file section's. */
export interface KindRecords {
  workshops: Workshop;
  phases: Phase;
  candidates: Candidate;
  components: Component;
  capabilities: Capability;
  participants: Participant;
  rounds: Round;
  ballots: Ballot;
  snapshots: Snapshot;
  decisions: Decision;
  agendaSteps: AgendaStep;
  scenarios: Scenario;
}

export type KindName = keyof KindRecords;
export type AnyRecord = KindRecords[KindName];

export interface KindSpec<K extends KindName = KindName> {
  schema: z.ZodType<KindRecords[K]>;
  /** How people call one record of the kind, e.g. "candidate". */
  noun: string;
  /** The field that names a record on screen (and in its tombstone); null: it has none (a ballot). */
  titleField: 'title' | 'name' | 'what' | null;
  /** Lists of ids that merge as sets: an id added on one side and one removed on the other both hold. */
  sets: readonly string[];
  /**
   * Fields that only order a list (or, like the agenda's countdown, only say where the room is):
   * when both sides changed one, the later write (by a total order on writes) wins without asking,
   * since it is not a decision the room would argue over.
   */
  orders: readonly string[];
}

export const RECORD_KINDS: { readonly [K in KindName]: KindSpec<K> } = {
  workshops: {
    schema: workshopSchema,
    noun: 'workshop',
    titleField: 'title',
    sets: [],
    orders: ['timer'],
  },
  phases: {
    schema: phaseSchema,
    noun: 'phase',
    titleField: 'name',
    sets: [],
    orders: ['order'],
  },
  candidates: {
    schema: candidateSchema,
    noun: 'candidate',
    titleField: 'title',
    sets: ['dependencies', 'capabilities'],
    orders: ['phaseRank'],
  },
  components: {
    schema: componentSchema,
    noun: 'component',
    titleField: 'name',
    sets: ['consumerIds'],
    orders: [],
  },
  capabilities: {
    schema: capabilitySchema,
    noun: 'capability',
    titleField: 'name',
    sets: [],
    orders: [],
  },
  participants: {
    schema: participantSchema,
    noun: 'participant',
    titleField: 'name',
    sets: [],
    orders: [],
  },
  rounds: {
    schema: roundSchema,
    noun: 'round',
    titleField: 'name',
    sets: ['candidateIds', 'criteria'],
    orders: [],
  },
  ballots: {
    schema: ballotSchema,
    noun: 'ballot',
    titleField: null,
    sets: [],
    orders: [],
  },
  snapshots: {
    schema: snapshotSchema,
    noun: 'snapshot',
    titleField: 'name',
    sets: [],
    orders: [],
  },
  decisions: {
    schema: decisionSchema,
    noun: 'decision',
    titleField: 'what',
    sets: ['candidateIds'],
    orders: [],
  },
  agendaSteps: {
    schema: agendaStepSchema,
    noun: 'agenda step',
    titleField: 'name',
    sets: [],
    orders: ['rank'],
  },
  scenarios: {
    schema: scenarioSchema,
    noun: 'scenario',
    titleField: 'name',
    sets: [],
    orders: [],
  },
};

/** The kinds that live inside a workshop (everything but the workshop record itself). */
export const CHILD_KINDS = [
  'phases',
  'candidates',
  'components',
  'capabilities',
  'participants',
  'rounds',
  'ballots',
  'snapshots',
  'decisions',
  'agendaSteps',
  'scenarios',
] as const satisfies readonly Exclude<KindName, 'workshops'>[];
export type ChildKind = (typeof CHILD_KINDS)[number];

/** Every kind, in the order files list them and merges report them. */
export const KINDS: readonly KindName[] = ['workshops', ...CHILD_KINDS];

/** The name a record goes by on screen. */
export function titleOf(kind: KindName, record: AnyRecord): string {
  const field = RECORD_KINDS[kind].titleField;
  const value = field === null ? null : (record as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : record.id;
}
