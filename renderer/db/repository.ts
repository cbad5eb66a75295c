/**
 * The repository: the only code that touches Dexie. Reads return plain domain records; every
 * write is one `Change` applied in one transaction, so a user action lands whole or not at all.
 */
import type { Table } from 'dexie';
import type { AnyRecord, Change, TableName } from '../../shared/domain/change.ts';
import { TABLES } from '../../shared/domain/change.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { invertChange, restamp, touchedIds } from '../../shared/domain/undo.ts';
import type { RecordLookup } from '../../shared/domain/undo.ts';
import { candidateSchema } from '../../shared/records/candidate.ts';
import { componentSchema } from '../../shared/records/component.ts';
import { phaseSchema } from '../../shared/records/phase.ts';
import type { Workshop } from '../../shared/records/workshop.ts';
import { workshopSchema } from '../../shared/records/workshop.ts';
import { ScalepathDatabase } from './database.ts';

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
  /** One workshop with everything in it; undefined when it is not there (deleted). */
  loadDocument(workshopId: string): Promise<WorkshopDocument | undefined>;
  /** True when any of these ids is already used by a stored record of any kind. */
  hasAnyId(ids: readonly string[]): Promise<boolean>;
}

const SCHEMAS = {
  workshops: workshopSchema,
  phases: phaseSchema,
  candidates: candidateSchema,
  components: componentSchema,
} as const;

/**
 * A record that does not pass its schema is a bug in the caller; refusing it here keeps the
 * database free of anything a later load or export would reject.
 */
function validate(table: TableName, records: readonly AnyRecord[]): AnyRecord[] {
  return records.map((r) => SCHEMAS[table].parse(r) as AnyRecord);
}

export function createRepository(db: ScalepathDatabase): Repository {
  const tableOf = (t: TableName) => db[t] as unknown as Table<AnyRecord, string>;
  const allTables = TABLES.map(tableOf);

  /**
   * A removed workshop takes everything stored under it along, even records added after the change
   * was computed (undoing "Create" after candidates were added must not leave them orphaned).
   */
  async function withChildrenOfRemovedWorkshops(change: Change): Promise<Change> {
    const workshopIds = change.remove.workshops ?? [];
    if (workshopIds.length === 0) return change;
    const remove = { ...change.remove };
    for (const t of TABLES) {
      if (t === 'workshops') continue;
      const stored = await tableOf(t).where('workshopId').anyOf(workshopIds).primaryKeys();
      remove[t] = [...new Set([...(remove[t] ?? []), ...stored])];
    }
    return { put: change.put, remove };
  }

  return {
    async applyChange(change, options = {}) {
      return db.transaction('rw', allTables, async () => {
        const whole = await withChildrenOfRemovedWorkshops(change);
        // The records as they are now: what the inverse restores and what revisions build on.
        const before = new Map<string, AnyRecord>();
        const ids = touchedIds(whole);
        for (const t of TABLES) {
          for (const row of await tableOf(t).bulkGet(ids[t]))
            if (row) before.set(`${t}/${row.id}`, row);
        }
        const lookup: RecordLookup = (t, id) => before.get(`${t}/${id}`);
        const stamped = options.restampAt
          ? restamp(whole, options.restampAt, (t, id) => lookup(t, id)?.rev ?? 0)
          : whole;
        const puts = TABLES.map((t) => [t, validate(t, stamped.put[t] ?? [])] as const);
        const inverse = invertChange(stamped, lookup);
        for (const t of TABLES) {
          const removed = stamped.remove[t] ?? [];
          if (removed.length > 0) await tableOf(t).bulkDelete(removed);
        }
        for (const [t, records] of puts) if (records.length > 0) await tableOf(t).bulkPut(records);
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
      return db.transaction('r', allTables, async () => {
        const workshop = await db.workshops.get(workshopId);
        if (!workshop) return undefined;
        const [phases, candidates, components] = await Promise.all([
          db.phases.where('workshopId').equals(workshopId).sortBy('order'),
          db.candidates.where('workshopId').equals(workshopId).sortBy('createdAt'),
          db.components.where('workshopId').equals(workshopId).sortBy('createdAt'),
        ]);
        return { workshop, phases, candidates, components };
      });
    },

    async hasAnyId(ids) {
      return db.transaction('r', allTables, async () => {
        const found = await Promise.all(allTables.map((table) => table.bulkGet([...ids])));
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
