/**
 * The workshop library, stored in IndexedDB through Dexie.
 *
 * What is stored:
 * - one table per record kind of shared/records/kinds.ts (`workshops`, `phases`, `candidates`,
 *   `components`, `capabilities`, `participants`, `rounds`, `ballots`, `snapshots`, `decisions`,
 *   `agendaSteps`), each row exactly the zod-validated record, keyed by its stable id; every kind
 *   but the workshop carries `workshopId`;
 * - `versions`: beside every record, its version (who changed which field, what it has seen:
 *   shared/records/version.ts), keyed by the record's id, with its `kind` and `workshopId`;
 * - `tombstones`: what deleted records leave behind, so a file cannot bring them back silently;
 * - `meta`: this install's replica (random id, the name the user gave it, its write counter).
 * Nothing else lives here: session state (selection, sort, banners, undo history) is in zustand
 * and is lost on reload by design.
 *
 * The database name, table names and indexes are part of every user's stored data, and IndexedDB
 * is keyed by origin (app://scalepath in the desktop app). DO NOT CHANGE THE DATABASE NAME, A TABLE
 * NAME OR AN INDEX WITHOUT ADDING A NEW VERSION TO `STORES` WITH ITS UPGRADE BELOW — and a fixture
 * in test/fixtures/db/ with a test (test/renderer/database-upgrade.test.ts fails without them).
 * Version 1 is the one past version edited after the fact: it was first committed with three
 * tables (4dc58fc), and `components` was added inside it 21 minutes later (199dbc8), not as a
 * new version.
 *
 * Only renderer/db/repository.ts may use this class.
 */
import { Dexie } from 'dexie';
import type { EntityTable, Transaction } from 'dexie';
import {
  upgradeRecordV1,
  upgradeRecordV2,
  upgradeRecordV3,
  upgradeRecordV4,
} from '../../shared/file/migrations.ts';
import type { Candidate } from '../../shared/records/candidate.ts';
import type { AgendaStep } from '../../shared/records/agenda.ts';
import type { Ballot } from '../../shared/records/ballot.ts';
import type { Capability } from '../../shared/records/capability.ts';
import type { Decision } from '../../shared/records/decision.ts';
import type { Participant } from '../../shared/records/participant.ts';
import type { Round } from '../../shared/records/round.ts';
import type { Scenario } from '../../shared/records/scenario.ts';
import type { Snapshot } from '../../shared/records/snapshot.ts';
import type { Component } from '../../shared/records/component.ts';
import type { KindName } from '../../shared/records/kinds.ts';
import type { Phase } from '../../shared/records/phase.ts';
import type { Tombstone, Version } from '../../shared/records/version.ts';
import type { Workshop } from '../../shared/records/workshop.ts';

export const DATABASE_NAME = 'scalepath';

/** A record's version as stored: keyed by the record's id, indexed by its workshop. */
export interface VersionRow extends Version {
  id: string;
  kind: KindName;
  workshopId: string;
}

/** This install as a replica: its id, its name, and the counter of its writes. */
export interface ReplicaRow {
  key: 'replica';
  id: string;
  name: string;
  clock: number;
}

/** The tables and indexes of each version of the database, oldest first. Never edit a past one. */
export const STORES: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: {
    workshops: 'id, updatedAt',
    phases: 'id, workshopId',
    candidates: 'id, workshopId',
    components: 'id, workshopId',
  },
  2: {
    workshops: 'id, updatedAt',
    phases: 'id, workshopId',
    candidates: 'id, workshopId',
    components: 'id, workshopId',
    versions: 'id, workshopId',
    tombstones: 'id, workshopId',
    meta: 'key',
  },
  3: {
    workshops: 'id, updatedAt',
    phases: 'id, workshopId',
    candidates: 'id, workshopId',
    components: 'id, workshopId',
    capabilities: 'id, workshopId',
    versions: 'id, workshopId',
    tombstones: 'id, workshopId',
    meta: 'key',
  },
  4: {
    workshops: 'id, updatedAt',
    phases: 'id, workshopId',
    candidates: 'id, workshopId',
    components: 'id, workshopId',
    capabilities: 'id, workshopId',
    participants: 'id, workshopId',
    rounds: 'id, workshopId',
    ballots: 'id, workshopId',
    snapshots: 'id, workshopId',
    decisions: 'id, workshopId',
    agendaSteps: 'id, workshopId',
    versions: 'id, workshopId',
    tombstones: 'id, workshopId',
    meta: 'key',
  },
  5: {
    workshops: 'id, updatedAt',
    phases: 'id, workshopId',
    candidates: 'id, workshopId',
    components: 'id, workshopId',
    capabilities: 'id, workshopId',
    participants: 'id, workshopId',
    rounds: 'id, workshopId',
    ballots: 'id, workshopId',
    snapshots: 'id, workshopId',
    decisions: 'id, workshopId',
    agendaSteps: 'id, workshopId',
    scenarios: 'id, workshopId',
    versions: 'id, workshopId',
    tombstones: 'id, workshopId',
    meta: 'key',
  },
};

export const DATABASE_VERSION = Math.max(...Object.keys(STORES).map(Number));

/**
 * Version 1 -> 2: each record loses `rev` (candidates: `phaseOrder` becomes `phaseRank`) and gets
 * the version that stands for its unknown history, exactly as a version-1 file does on import
 * (shared/file/migrations.ts `upgradeRecordV1`), so the two merge as one.
 */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const versions: VersionRow[] = [];
  // The kinds of version 1: later kinds' tables do not exist yet at this step.
  for (const kind of Object.keys(STORES[1] ?? {}) as KindName[]) {
    const table = tx.table(kind);
    const rows = (await table.toArray()) as unknown[];
    const upgraded: Record<string, unknown>[] = [];
    for (const row of rows) {
      const result = upgradeRecordV1(kind, row);
      if (result === null) continue;
      const record = result.record as { id: string; workshopId?: string };
      upgraded.push(result.record);
      versions.push({
        ...result.version,
        id: record.id,
        kind,
        workshopId: kind === 'workshops' ? record.id : String(record.workshopId),
      });
    }
    await table.bulkPut(upgraded);
  }
  await tx.table('versions').bulkPut(versions);
}

/**
 * Version 2 -> 3: the pilot-to-scale fields, empty, exactly as a version-2 file gets them on
 * import (shared/file/migrations.ts `upgradeRecordV2`); a new, empty `capabilities` table.
 */
async function upgradeToVersion3(tx: Transaction): Promise<void> {
  for (const kind of ['workshops', 'phases', 'candidates'] as const) {
    await tx
      .table(kind)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        Object.assign(row, upgradeRecordV2(kind, row));
      });
  }
}

/**
 * Version 3 -> 4: no agenda countdown under way, as a version-3 file gets on import
 * (`upgradeRecordV3`); new, empty tables for running the room.
 */
async function upgradeToVersion4(tx: Transaction): Promise<void> {
  await tx
    .table('workshops')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      Object.assign(row, upgradeRecordV3('workshops', row));
    });
}

/**
 * Version 4 -> 5: the sensitivity's top N in every workshop and every snapshot's frozen workshop,
 * as a version-4 file gets on import (`upgradeRecordV4`); a new, empty `scenarios` table.
 */
async function upgradeToVersion5(tx: Transaction): Promise<void> {
  for (const kind of ['workshops', 'snapshots'] as const) {
    await tx
      .table(kind)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        Object.assign(row, upgradeRecordV4(kind, row));
      });
  }
}

const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  2: upgradeToVersion2,
  3: upgradeToVersion3,
  4: upgradeToVersion4,
  5: upgradeToVersion5,
};

export class ScalepathDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  phases!: EntityTable<Phase, 'id'>;
  candidates!: EntityTable<Candidate, 'id'>;
  components!: EntityTable<Component, 'id'>;
  capabilities!: EntityTable<Capability, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  rounds!: EntityTable<Round, 'id'>;
  ballots!: EntityTable<Ballot, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  agendaSteps!: EntityTable<AgendaStep, 'id'>;
  scenarios!: EntityTable<Scenario, 'id'>;
  versions!: EntityTable<VersionRow, 'id'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  meta!: EntityTable<ReplicaRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    // A completed write is on disk, not only in the OS's cache: Chromium's default (relaxed) lets
    // a power cut take back a write the screen said was saved. Every write, not only imports,
    // merges and restores: one confirmed edit lost is one too many, and an edit is one small
    // transaction.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const [version, stores] of Object.entries(STORES)) {
      const declared = this.version(Number(version)).stores(stores);
      const upgrade = UPGRADES[Number(version)];
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
