/**
 * The repository: the only code that touches Dexie. Reads return plain domain records; every
 * write is one `Change` applied in one transaction, so a user action lands whole or not at all.
 */
import type { Change } from '../../shared/domain/change.ts';
import { TABLES } from '../../shared/domain/change.ts';
import { invertChange, restamp, touchedIds } from '../../shared/domain/undo.ts';
import type { RecordLookup } from '../../shared/domain/undo.ts';
import type { Candidate } from '../../shared/records/candidate.ts';
import type { Phase } from '../../shared/records/phase.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { candidateSchema } from '../../shared/records/candidate.ts';
import { phaseSchema } from '../../shared/records/phase.ts';
import type { Workshop } from '../../shared/records/workshop.ts';
import { workshopSchema } from '../../shared/records/workshop.ts';
import type { Table } from 'dexie';
import { ScalepathDatabase } from './database.ts';

type StoredRecord = Workshop | Phase | Candidate;

export interface WorkshopSummary {
  workshop: Workshop;
  candidateCount: number;
}

export interface Repository {
  /**
   * Writes one user action's change in one transaction and resolves to its inverse (the change
   * that undoes it); rejects, and writes nothing, on failure. With `restampAt` (undo, redo) every
   * record written is stamped as a new revision at that time.
   */
  applyChange(change: Change, options?: { restampAt?: string }): Promise<Change>;
  /** The library, most recently changed first. */
  listWorkshops(): Promise<WorkshopSummary[]>;
  /** One workshop with its phases and candidates; undefined when it is not there (deleted). */
  loadDocument(workshopId: string): Promise<WorkshopDocument | undefined>;
  /** True when any of these ids is already used by a stored record of any kind. */
  hasAnyId(ids: readonly string[]): Promise<boolean>;
}

/**
 * A record that does not pass its schema is a bug in the caller; refusing it here keeps the
 * database free of anything a later load or export would reject.
 */
function validated(change: Change): Change {
  return {
    put: {
      workshops: change.put.workshops?.map((w) => workshopSchema.parse(w)),
      phases: change.put.phases?.map((p) => phaseSchema.parse(p)),
      candidates: change.put.candidates?.map((c) => candidateSchema.parse(c)),
    },
    remove: change.remove,
  };
}

export function createRepository(db: ScalepathDatabase): Repository {
  return {
    async applyChange(change, options = {}) {
      const tables = { workshops: db.workshops, phases: db.phases, candidates: db.candidates };
      return db.transaction('rw', Object.values(tables), async () => {
        // The records as they are now: what the inverse restores and what revisions build on.
        const before = new Map<string, StoredRecord>();
        const ids = touchedIds(change);
        for (const t of TABLES) {
          const rows = await (tables[t] as Table<StoredRecord, string>).bulkGet(ids[t]);
          for (const row of rows) if (row) before.set(`${t}/${row.id}`, row);
        }
        const lookup: RecordLookup = (t, id) => before.get(`${t}/${id}`);
        const stamped = options.restampAt
          ? restamp(change, options.restampAt, (t, id) => lookup(t, id)?.rev ?? 0)
          : change;
        const { put, remove } = validated(stamped);
        const inverse = invertChange(stamped, lookup);
        if (remove.candidates?.length) await db.candidates.bulkDelete(remove.candidates);
        if (remove.phases?.length) await db.phases.bulkDelete(remove.phases);
        if (remove.workshops?.length) await db.workshops.bulkDelete(remove.workshops);
        if (put.workshops?.length) await db.workshops.bulkPut(put.workshops);
        if (put.phases?.length) await db.phases.bulkPut(put.phases);
        if (put.candidates?.length) await db.candidates.bulkPut(put.candidates);
        return inverse;
      });
    },

    async listWorkshops() {
      return db.transaction('r', [db.workshops, db.candidates], async () => {
        const workshops = await db.workshops.orderBy('updatedAt').reverse().toArray();
        return Promise.all(
          workshops.map(async (workshop) => ({
            workshop,
            candidateCount: await db.candidates.where('workshopId').equals(workshop.id).count(),
          })),
        );
      });
    },

    async loadDocument(workshopId) {
      return db.transaction('r', [db.workshops, db.phases, db.candidates], async () => {
        const workshop = await db.workshops.get(workshopId);
        if (!workshop) return undefined;
        const [phases, candidates] = await Promise.all([
          db.phases.where('workshopId').equals(workshopId).sortBy('order'),
          db.candidates.where('workshopId').equals(workshopId).sortBy('createdAt'),
        ]);
        return { workshop, phases, candidates };
      });
    },

    async hasAnyId(ids) {
      return db.transaction('r', [db.workshops, db.phases, db.candidates], async () => {
        const found = await Promise.all(
          [db.workshops, db.phases, db.candidates].map((table) => table.bulkGet([...ids])),
        );
        return found.some((rows) => rows.some((row) => row !== undefined));
      });
    },
  };
}

let defaultRepository: Repository | undefined;

/** The app's repository over the one database of this origin. */
export function getRepository(): Repository {
  defaultRepository ??= createRepository(new ScalepathDatabase());
  return defaultRepository;
}

/** Swaps the app's repository; tests use it to run over a database with injected faults. */
export function setRepository(repository: Repository): void {
  defaultRepository = repository;
}
