/**
 * The repository: the only code that touches Dexie. Reads return plain domain records; every
 * write is one `Change` applied in one transaction, so a user action lands whole or not at all.
 * What a change does to the rows is decided by the pure `applyChangeToRows` (shared/domain/apply.ts),
 * on the rows as they are inside the transaction: a patch lands on the record as stored now.
 */
import type { Table } from 'dexie';
import type { StoredRow, StoredState } from '../../shared/domain/apply.ts';
import { applyChangeToRows, idsNamedBy } from '../../shared/domain/apply.ts';
import type { Change } from '../../shared/domain/change.ts';
import { StaleChangeError } from '../../shared/domain/change.ts';
import type { ReplicaDocument, WorkshopDocument } from '../../shared/domain/document.ts';
import { documentOf } from '../../shared/domain/document.ts';
import type { ReplicaInfo } from '../../shared/file/format.ts';
import type { AnyRecord, ChildKind, KindName } from '../../shared/records/kinds.ts';
import { CHILD_KINDS, KINDS, RECORD_KINDS } from '../../shared/records/kinds.ts';
import type { Tombstone, Version } from '../../shared/records/version.ts';
import { MAX_COUNTER } from '../../shared/records/version.ts';
import type { Workshop } from '../../shared/records/workshop.ts';
import type { ReplicaRow, VersionRow } from './database.ts';
import { ScalepathDatabase } from './database.ts';

export interface WorkshopSummary {
  workshop: Workshop;
  candidateCount: number;
}

/** This install as the files it exports name it, and its write counter. */
export interface Replica extends ReplicaInfo {
  clock: number;
}

export interface Repository {
  /**
   * Writes one user action's change in one transaction and resolves to its inverse (the change
   * that undoes it); rejects, and writes nothing, on failure. A change whose `expect` no longer
   * holds rejects with StaleChangeError.
   */
  applyChange(change: Change): Promise<Change>;
  /** Opens the library, running any upgrade of its stored data; rejects when that fails. */
  open(): Promise<void>;
  /** The library, most recently changed first. */
  listWorkshops(): Promise<WorkshopSummary[]>;
  /** One workshop with everything in it; undefined when it is not there (deleted). */
  loadDocument(workshopId: string): Promise<WorkshopDocument | undefined>;
  /**
   * One workshop as this laptop holds it, versions and tombstones included, with the write counter
   * it was read at (a merge computed from it passes that as `expect.clock`).
   */
  loadReplicaDocument(
    workshopId: string,
  ): Promise<(ReplicaDocument & { clock: number }) | undefined>;
  /** True when any of these ids is already used by a stored record of any kind, or a tombstone. */
  hasAnyId(ids: readonly string[]): Promise<boolean>;
  /** This install's replica; made (random id, default name) the first time it is asked for. */
  replica(): Promise<Replica>;
  /** Gives this install the name that other laptops see in its files. */
  renameReplica(name: string): Promise<void>;
}

export interface RepositoryEnv {
  /** A new random replica id. */
  newReplicaId(): string;
  /** An ISO 8601 date-time, for `updatedAt`. */
  now(): string;
}

function randomReplicaId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `r${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Above this many records a write is put a chunk of this many at a time, each in its own task. */
const WRITE_CHUNK = 500;

/**
 * A workshop's records of one kind are read this many to a request. A request's answer is copied
 * out on the page in one task: 10,000 candidates in one request held the page for 120 ms after an
 * import; pages of 2,000, each its own request, are read in tasks of a fifth of that.
 */
const READ_PAGE = 2_000;

/** From this many ids, a table's keys are read in one request rather than one get per id. */
const MANY_IDS = 64;

const DEFAULT_ENV: RepositoryEnv = {
  newReplicaId: randomReplicaId,
  now: () => new Date().toISOString(),
};

/** The name an install has until its user gives it one: short, and different per laptop. */
export function defaultReplicaName(replicaId: string): string {
  return `Laptop ${replicaId.slice(1, 5).toUpperCase()}`;
}

export function createRepository(
  db: ScalepathDatabase,
  env: RepositoryEnv = DEFAULT_ENV,
): Repository {
  const tableOf = (kind: KindName) => db[kind] as unknown as Table<AnyRecord, string>;
  const recordTables = KINDS.map(tableOf);
  const allTables = [...recordTables, db.versions, db.tombstones, db.meta];

  /** Reads (or makes) the replica row; call inside a rw transaction over `meta`. */
  async function replicaRow(): Promise<ReplicaRow> {
    const stored = await db.meta.get('replica');
    if (stored) return stored;
    const id = env.newReplicaId();
    const row: ReplicaRow = { key: 'replica', id, name: defaultReplicaName(id), clock: 0 };
    await db.meta.put(row);
    return row;
  }

  /** Every id stored under a workshop: records of every kind and tombstones. */
  async function idsUnder(workshopId: string): Promise<string[]> {
    const ids: string[] = [workshopId];
    for (const kind of KINDS) {
      if (kind === 'workshops') continue;
      ids.push(...(await tableOf(kind).where('workshopId').equals(workshopId).primaryKeys()));
    }
    ids.push(...(await db.tombstones.where('workshopId').equals(workshopId).primaryKeys()));
    return ids;
  }

  /** The stored state of each id: its record (of whichever kind), version and tombstone. */
  async function readStates(ids: readonly string[]): Promise<Map<string, StoredState>> {
    const states = new Map<string, StoredState>(
      ids.map((id) => [id, { row: null, tombstone: null }]),
    );
    if (ids.length === 0) return states;
    const [versions, tombstones] = await Promise.all([
      db.versions.bulkGet([...ids]),
      db.tombstones.bulkGet([...ids]),
    ]);
    const byKind = new Map<KindName, VersionRow[]>();
    ids.forEach((id, i) => {
      const version = versions[i];
      if (version) {
        const list = byKind.get(version.kind) ?? [];
        list.push(version);
        byKind.set(version.kind, list);
      }
      const tombstone = tombstones[i];
      if (tombstone) states.set(id, { row: null, tombstone });
    });
    await Promise.all(
      [...byKind].map(async ([kind, kindVersions]) => {
        const records = await tableOf(kind).bulkGet(kindVersions.map((v) => v.id));
        kindVersions.forEach((version, i) => {
          const record = records[i];
          if (!record) return;
          const row: StoredRow = { kind, record, version: versionOf(version) };
          states.set(version.id, { row, tombstone: states.get(version.id)?.tombstone ?? null });
        });
      }),
    );
    return states;
  }

  return {
    async open() {
      await db.open();
    },

    async applyChange(change) {
      return db.transaction('rw', allTables, async () => {
        // Every read at once: a write's latency is a few round trips, not one per table.
        const { ids, droppedWorkshops } = idsNamedBy(change);
        const under = new Map<string, string[]>();
        // Ids the change says are absent have nothing stored (or the change is refused below).
        const absent = new Set(change.expect?.absent ?? []);
        const early =
          droppedWorkshops.length === 0 ? readStates(ids.filter((id) => !absent.has(id))) : null;
        // When a check below refuses the change, the transaction aborts this read too.
        early?.catch(() => undefined);
        const [replica, isTaken] = await Promise.all([
          replicaRow(),
          change.expect?.absent ? anyStored(change.expect.absent) : false,
          ...droppedWorkshops.map(async (w) => under.set(w, await idsUnder(w))),
        ]);
        if (change.expect?.clock !== undefined && change.expect.clock !== replica.clock) {
          throw new StaleChangeError('This workshop changed since the change was prepared.');
        }
        if (isTaken)
          throw new StaleChangeError('A record with one of these ids is already stored.');
        const states =
          (await early) ??
          (await readStates([...new Set([...ids, ...[...under.values()].flat()])]));
        const clock = replica.clock + 1;
        if (clock > MAX_COUNTER) throw new Error('This laptop has run out of edit numbers.');
        const { writes, inverse } = applyChangeToRows(
          change,
          {
            get: (id) => states.get(id) ?? { row: null, tombstone: null },
            idsUnder: (workshopId) => under.get(workshopId) ?? [],
          },
          { dot: [replica.id, clock], now: env.now() },
        );

        const puts = new Map<KindName, AnyRecord[]>(KINDS.map((k) => [k, []]));
        const deletes = new Map<KindName, string[]>(KINDS.map((k) => [k, []]));
        const versionPuts: VersionRow[] = [];
        const versionDeletes: string[] = [];
        const tombstonePuts: Tombstone[] = [];
        const tombstoneDeletes: string[] = [];
        let highest = clock;
        for (const write of writes) {
          if (write.row) {
            puts.get(write.kind)?.push(write.row.record);
            versionPuts.push({
              ...write.row.version,
              id: write.id,
              kind: write.kind,
              workshopId: write.workshopId,
            });
            highest = Math.max(highest, ...Object.values(write.row.version.seen));
          } else {
            deletes.get(write.kind)?.push(write.id);
            versionDeletes.push(write.id);
          }
          if (write.tombstone) {
            tombstonePuts.push(write.tombstone);
            highest = Math.max(highest, ...Object.values(write.tombstone.seen));
          } else if (states.get(write.id)?.tombstone) {
            // Only a tombstone that is stored is deleted: an edit or an import leaves the
            // tombstones table alone.
            tombstoneDeletes.push(write.id);
          }
        }
        // Deletes and puts never name the same id in one table, so they can all be in flight.
        const pending: Promise<unknown>[] = [];
        for (const [kind, removed] of deletes) {
          if (removed.length > 0) pending.push(tableOf(kind).bulkDelete(removed));
        }
        if (versionDeletes.length > 0) pending.push(db.versions.bulkDelete(versionDeletes));
        // An edit's few records go at once. An import's thousands go a chunk at a time, each put
        // in its own task (the one after the last chunk's success), so that copying them into the
        // database never freezes the page; it is still one transaction, whole or not at all.
        const isLarge = writes.length > WRITE_CHUNK;
        // A chunk that fails aborts the transaction before the deletes above are awaited: their
        // rejections are the same failure, handled by the await below or by the abort.
        if (isLarge) for (const p of pending) p.catch(() => undefined);
        for (const [kind, records] of puts) {
          for (let i = 0; i < records.length; i += WRITE_CHUNK) {
            // A record that does not pass its schema is a bug in the caller; refusing it here
            // keeps the database free of anything a later load or export would reject.
            const chunk = records
              .slice(i, i + WRITE_CHUNK)
              .map((record) => RECORD_KINDS[kind].schema.parse(record) as AnyRecord);
            const put = tableOf(kind).bulkPut(chunk);
            if (isLarge) await put;
            else pending.push(put);
          }
        }
        for (let i = 0; i < versionPuts.length; i += WRITE_CHUNK) {
          const put = db.versions.bulkPut(versionPuts.slice(i, i + WRITE_CHUNK));
          if (isLarge) await put;
          else pending.push(put);
        }
        if (tombstoneDeletes.length > 0) pending.push(db.tombstones.bulkDelete(tombstoneDeletes));
        if (tombstonePuts.length > 0) pending.push(db.tombstones.bulkPut(tombstonePuts));
        // The counter also keeps above every counter this laptop has seen (a Lamport clock), so
        // that among concurrent reorders the one made later in the story wins.
        pending.push(db.meta.put({ ...replica, clock: Math.min(highest, MAX_COUNTER) }));
        await Promise.all(pending);
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
      return db.transaction('r', recordTables, () => loadRecords(workshopId));
    },

    async loadReplicaDocument(workshopId) {
      return db.transaction('r', allTables, async () => {
        const doc = await loadRecords(workshopId);
        if (!doc) return undefined;
        const [versionRows, tombstones, replica] = await Promise.all([
          db.versions.where('workshopId').equals(workshopId).toArray(),
          db.tombstones.where('workshopId').equals(workshopId).toArray(),
          db.meta.get('replica'),
        ]);
        const versions = new Map(versionRows.map((row) => [row.id, versionOf(row)]));
        return { doc, versions, tombstones, clock: replica?.clock ?? 0 };
      });
    },

    async hasAnyId(ids) {
      return db.transaction('r', allTables, () => anyStored(ids));
    },

    async replica() {
      const row = await db.transaction('rw', db.meta, replicaRow);
      return { id: row.id, name: row.name, clock: row.clock };
    },

    async renameReplica(name) {
      await db.transaction('rw', db.meta, async () => {
        const row = await replicaRow();
        await db.meta.put({ ...row, name: name.trim().slice(0, 80) || row.name });
      });
    },
  };

  async function anyStored(ids: readonly string[]): Promise<boolean> {
    const tables = [...recordTables, db.tombstones] as Array<Table<{ id: string }, string>>;
    if (ids.length <= MANY_IDS) {
      const found = await Promise.all(tables.map((table) => table.bulkGet([...ids])));
      return found.some((rows) => rows.some((row) => row !== undefined));
    }
    // An import names thousands of ids: one request for each table's keys costs less than a get
    // per id and table (10,000 candidates made 140,000 requests, three seconds of the import).
    const wanted = new Set(ids);
    const keys = await Promise.all(tables.map((table) => table.toCollection().primaryKeys()));
    return keys.some((list) => list.some((key) => wanted.has(key)));
  }

  /**
   * A workshop's records of one kind, READ_PAGE to a request. The first page is asked for at
   * once: for a workshop of ordinary size that is all of it, in one request. When the page is
   * full, the rest are read by ranges of their primary keys; a range may hold another workshop's
   * records too, which are left out.
   */
  async function recordsUnder(kind: ChildKind, workshopId: string): Promise<AnyRecord[]> {
    const table = tableOf(kind);
    // A new collection for each read: Dexie's limit() changes the collection it is called on.
    const under = () => table.where('workshopId').equals(workshopId);
    // In primary key order: an index lists equal keys in their records' key order.
    const first = await under().limit(READ_PAGE).toArray();
    if (first.length < READ_PAGE) return first;
    const keys = (await under().primaryKeys()).slice(READ_PAGE);
    const pages: Array<Promise<AnyRecord[]>> = [];
    for (let i = 0; i < keys.length; i += READ_PAGE) {
      const last = keys[Math.min(i + READ_PAGE, keys.length) - 1] as string;
      pages.push(
        table
          .where(':id')
          .between(keys[i] as string, last, true, true)
          .toArray(),
      );
    }
    const rest = (await Promise.all(pages))
      .flat()
      .filter((r) => (r as { workshopId?: string }).workshopId === workshopId);
    return first.concat(rest);
  }

  async function loadRecords(workshopId: string): Promise<WorkshopDocument | undefined> {
    const workshop = await db.workshops.get(workshopId);
    if (!workshop) return undefined;
    const lists = await Promise.all(
      CHILD_KINDS.map(async (kind) => {
        const key = kind === 'phases' ? 'order' : 'createdAt';
        const value = (r: AnyRecord) =>
          (r as unknown as Record<string, string | number>)[key] ?? '';
        // As Dexie's sortBy did: a stable sort, so equal keys stay in their primary key order.
        return (await recordsUnder(kind, workshopId)).sort((a, b) =>
          value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0,
        );
      }),
    );
    return documentOf(workshop, Object.fromEntries(CHILD_KINDS.map((k, i) => [k, lists[i]])));
  }
}

function versionOf(row: VersionRow): Version {
  return { created: row.created, seen: row.seen, fields: row.fields };
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
