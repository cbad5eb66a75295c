/**
 * The database's own migrations (cf. the file's in test/shared/migrations.test.ts): for every past
 * version of the schema, test/fixtures/db/v{N}.json holds rows exactly as that version stored them.
 * Each is written into a database at that version with that version's tables, then opened with
 * today's code: nothing may be lost, and every record must come out valid with its version. A new
 * database version without its upgrade and a fixture fails here.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { documentRecords } from '../../shared/domain/document.ts';
import { parseWorkshopFile } from '../../shared/file/format.ts';
import { planMerge } from '../../shared/merge/merge.ts';
import { KINDS, RECORD_KINDS } from '../../shared/records/kinds.ts';
import { isLegacyDot } from '../../shared/records/version.ts';
import { rankOfIndex } from '../../shared/domain/rank.ts';
import { DATABASE_VERSION, STORES, ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository } from '../../renderer/db/repository.ts';
import { startupErrorMessage } from '../../renderer/app/startup.ts';
import { faultyDatabase } from '../fixtures/faulty-database.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const PAST = Array.from({ length: DATABASE_VERSION - 1 }, (_, i) => i + 1);

type Rows = Record<string, Array<Record<string, unknown>>>;

function fixtureRows(version: number): Rows {
  const { _comment: _c, ...rows } = JSON.parse(
    readFileSync(join(FIXTURES, `db/v${version}.json`), 'utf8'),
  ) as Rows & { _comment?: string };
  return rows;
}

let names = 0;

/** A database at `version`, as that version of the app left it, holding `rows`. */
async function oldDatabase(version: number, rows: Rows): Promise<string> {
  const name = `upgrade-${version}-${++names}`;
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(STORES[v] ?? {});
  await old.open();
  for (const [table, records] of Object.entries(rows)) await old.table(table).bulkPut(records);
  old.close();
  return name;
}

describe('database upgrades', () => {
  it('declares every version from 1 on, each with a fixture of what it stored', () => {
    expect(Object.keys(STORES).map(Number)).toEqual(
      Array.from({ length: DATABASE_VERSION }, (_, i) => i + 1),
    );
    for (const version of PAST) {
      expect(existsSync(join(FIXTURES, `db/v${version}.json`)), `add db/v${version}.json`).toBe(
        true,
      );
    }
  });

  it.each(PAST)(
    'opens a version-%i database with nothing lost and every record valid',
    async (version) => {
      const rows = fixtureRows(version);
      const name = await oldDatabase(version, rows);
      const db = new ScalepathDatabase(name);
      const repo = createRepository(db);
      const workshopId = String(rows.workshops?.[0]?.id);
      const stored = await repo.loadReplicaDocument(workshopId);
      if (!stored) throw new Error('the workshop is gone');
      const byKind = documentRecords(stored.doc);
      for (const kind of KINDS) {
        const before = rows[kind] ?? [];
        expect(byKind[kind].map((r) => r.id).sort(), kind).toEqual(
          before.map((r) => String(r.id)).sort(),
        );
        for (const record of byKind[kind]) {
          expect(RECORD_KINDS[kind].schema.safeParse(record).success, record.id).toBe(true);
          expect(stored.versions.get(record.id), record.id).toBeDefined();
        }
      }
      db.close();
    },
  );

  it('turns version 1 rows into what a version-1 file of the same workshop becomes, so the two merge silently', async () => {
    const rows = fixtureRows(1);
    const db = new ScalepathDatabase(await oldDatabase(1, rows));
    const repo = createRepository(db);
    const stored = await repo.loadReplicaDocument('fixture-v1-workshop');
    if (!stored) throw new Error('the workshop is gone');
    // What version 1 held is all there: titles, scores, dependencies, order, the component.
    const [inventory] = rows.candidates ?? [];
    const upgraded = stored.doc.candidates.find((c) => c.id === inventory?.id);
    expect(upgraded).toMatchObject({
      title: inventory?.title,
      valueScores: inventory?.valueScores,
      phaseRank: rankOfIndex(Number(inventory?.phaseOrder)),
    });
    expect(upgraded).not.toHaveProperty('rev');
    expect(stored.doc.components[0]?.consumerIds).toEqual([
      'fixture-v1-assistant',
      'fixture-v1-fraud',
    ]);
    for (const version of stored.versions.values()) expect(isLegacyDot(version.created)).toBe(true);

    const file = parseWorkshopFile(readFileSync(join(FIXTURES, 'files/v1.scalepath'), 'utf8'));
    if (!file.ok) throw new Error(file.error.message);
    const plan = planMerge(stored, file);
    expect(plan.conflicts).toEqual([]);
    expect(plan.auto).toEqual([]);
    db.close();
  });

  it('turns version 2 rows into what the version-2 file of the same workshop becomes, laptop and deletion included', async () => {
    const rows = fixtureRows(2);
    const db = new ScalepathDatabase(await oldDatabase(2, rows));
    const repo = createRepository(db);
    const stored = await repo.loadReplicaDocument(String(rows.workshops?.[0]?.id));
    if (!stored) throw new Error('the workshop is gone');
    expect(await repo.replica()).toMatchObject({ id: 'r5f3c0a9b12d4e6f7', name: 'Anna’s laptop' });
    expect(stored.tombstones.map((t) => t.id)).toEqual(['fixture-v1-inventory']);
    expect(stored.doc.capabilities).toEqual([]);
    for (const c of stored.doc.candidates) expect(c.governance.fairness.state).toBe('not-started');

    const file = parseWorkshopFile(readFileSync(join(FIXTURES, 'files/v2.scalepath'), 'utf8'));
    if (!file.ok) throw new Error(file.error.message);
    const plan = planMerge(stored, file);
    expect(plan.conflicts).toEqual([]);
    expect(plan.auto).toEqual([]);
    db.close();
  });
});

/** Today's database over `name`, failing its `failAt`-th write (0: none); counts the writes. */
function countingDatabase(name: string, failAt: number) {
  let writes = 0;
  const db = faultyDatabase(name, () => ++writes === failAt, 'The disk is full.');
  return { db, writes: () => writes };
}

describe('an upgrade that fails half-way', () => {
  it.each(PAST)(
    'leaves a version-%i database as it was, readable, and says why in plain words',
    async (version) => {
      const rows = fixtureRows(version);
      // How many writes the upgrade makes, on a copy; then the real one fails in the middle.
      const rehearsal = countingDatabase(await oldDatabase(version, rows), 0);
      await rehearsal.db.open();
      rehearsal.db.close();
      const total = rehearsal.writes();
      expect(total, 'the upgrade writes').toBeGreaterThan(0);

      const name = await oldDatabase(version, rows);
      const { db, writes } = countingDatabase(name, Math.ceil(total / 2));
      const failure = await db.open().then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure, 'the open failed').not.toBeNull();
      expect(writes()).toBe(Math.ceil(total / 2));
      expect(startupErrorMessage(failure)).toBe(
        'Scalepath could not open the workshops stored here (the disk is full). They are as they were: nothing was changed or lost. If the disk is full, free some space; then close Scalepath and open it again. If this comes back, open them with the version of Scalepath you used before, and export them.',
      );
      db.close();

      // The previous version of the app opens it and finds every row as it was.
      const old = new Dexie(name);
      for (let v = 1; v <= version; v++) old.version(v).stores(STORES[v] ?? {});
      await old.open();
      expect(old.verno).toBe(version);
      const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        String(a.id ?? a.key) < String(b.id ?? b.key) ? -1 : 1;
      for (const [table, records] of Object.entries(rows)) {
        expect((await old.table(table).toArray()).sort(byId), table).toEqual(
          [...records].sort(byId),
        );
      }
      old.close();
    },
  );
});
