/**
 * The repository: the only code that touches Dexie. Reads return plain domain records; every
 * write is one `Change` applied in one transaction, so a user action lands whole or not at all.
 */
import type { Change } from '../../shared/domain/change.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { candidateSchema } from '../../shared/records/candidate.ts';
import { phaseSchema } from '../../shared/records/phase.ts';
import type { Workshop } from '../../shared/records/workshop.ts';
import { workshopSchema } from '../../shared/records/workshop.ts';
import { ScalepathDatabase } from './database.ts';

export interface WorkshopSummary {
  workshop: Workshop;
  candidateCount: number;
}

export interface Repository {
  /** Writes one user action's change in one transaction; rejects (and writes nothing) on failure. */
  applyChange(change: Change): Promise<void>;
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
    async applyChange(change) {
      const { put, remove } = validated(change);
      await db.transaction('rw', [db.workshops, db.phases, db.candidates], async () => {
        if (remove.candidates?.length) await db.candidates.bulkDelete(remove.candidates);
        if (remove.phases?.length) await db.phases.bulkDelete(remove.phases);
        if (remove.workshops?.length) await db.workshops.bulkDelete(remove.workshops);
        if (put.workshops?.length) await db.workshops.bulkPut(put.workshops);
        if (put.phases?.length) await db.phases.bulkPut(put.phases);
        if (put.candidates?.length) await db.candidates.bulkPut(put.candidates);
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
