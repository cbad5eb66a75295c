/**
 * The workshop library, stored in IndexedDB through Dexie.
 *
 * What is stored: one row per record of the domain (shared/records), in four tables —
 * `workshops`, `phases`, `candidates` and `components` — each row exactly the zod-validated record, keyed by its
 * stable id. Phases, candidates and components carry `workshopId`. Nothing else lives here: session state
 * (selection, sort, banners) is in zustand and is lost on reload by design.
 *
 * The database name, table names and indexes are part of every user's stored data, and IndexedDB
 * is keyed by origin (app://scalepath in the desktop app). DO NOT CHANGE THE DATABASE NAME, A TABLE
 * NAME OR AN INDEX WITHOUT ADDING A NEW `version(n)` WITH ITS MIGRATION BELOW — and a test for it.
 *
 * Only renderer/db/repository.ts may use this class.
 */
import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import type { Candidate } from '../../shared/records/candidate.ts';
import type { Component } from '../../shared/records/component.ts';
import type { Phase } from '../../shared/records/phase.ts';
import type { Workshop } from '../../shared/records/workshop.ts';

export const DATABASE_NAME = 'scalepath';

export class ScalepathDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  phases!: EntityTable<Phase, 'id'>;
  candidates!: EntityTable<Candidate, 'id'>;
  components!: EntityTable<Component, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Version 1: the first schema. To change it, add `this.version(2).stores({...}).upgrade(tx => ...)`
    // below and keep this line as it is: Dexie needs every past version to upgrade old databases.
    this.version(1).stores({
      workshops: 'id, updatedAt',
      phases: 'id, workshopId',
      candidates: 'id, workshopId',
      components: 'id, workshopId',
    });
  }
}
