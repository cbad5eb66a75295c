import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCandidate } from '../../shared/domain/candidate-edits.ts';
import { patchChange, StaleChangeError } from '../../shared/domain/change.ts';
import {
  blankCandidateFields,
  createCandidate,
  createWorkshop,
} from '../../shared/domain/factories.ts';
import {
  createDocument,
  importDocument,
  removeWorkshop,
} from '../../shared/domain/workshop-edits.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import { perform, redo, retryFailedWrites, undo } from '../../renderer/state/perform.ts';
import { useSessionStore } from '../../renderer/state/store.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { faultyDatabase } from '../fixtures/faulty-database.ts';
import { createdReplica } from '../../shared/domain/document.ts';
import { CHILD_KINDS } from '../../shared/records/kinds.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';

const createdReplicaOf = (doc: WorkshopDocument) => createdReplica(doc, ['rsomewhere', 1]);

let dbName = 0;
let isFull = false;

/** A database whose candidates' writes fail like a full disk while `isFull` is set. */
const openDatabase = (name: string) =>
  faultyDatabase(name, (table) => isFull && table === 'candidates');

let replicaIds = 0;
const repoEnv = () => ({
  newReplicaId: () => `rtest${++replicaIds}`,
  now: () => '2026-05-01T10:00:00.000Z',
});

function sampleDoc() {
  const env = testEnv();
  const doc = createWorkshop(
    { title: 'Pilot to scale', organisation: 'Acme', facilitator: 'Ann', date: '2026-03-01' },
    env,
  );
  const change = saveCandidate(
    doc.workshop.id,
    null,
    { ...blankCandidateFields(), title: 'Chatbot' },
    env,
  );
  return { ...doc, candidates: change.create?.candidates ?? [] };
}

describe('repository', () => {
  let name: string;
  beforeEach(() => {
    isFull = false;
    name = `test-${++dbName}`;
    useSessionStore.setState({ writeErrors: [], histories: {} });
  });
  afterEach(() => {
    isFull = false;
  });

  it('shows exactly what was stored after the database is opened again (a reload)', async () => {
    const doc = sampleDoc();
    const first = openDatabase(name);
    await createRepository(first, repoEnv()).applyChange(createDocument(doc));
    first.close();

    const reopened = createRepository(openDatabase(name), repoEnv());
    expect(await reopened.loadDocument(doc.workshop.id)).toEqual(doc);
    expect(await reopened.listWorkshops()).toEqual([{ workshop: doc.workshop, candidateCount: 1 }]);
  });

  it('reads a large workshop back whole, in order, without the records of another', async () => {
    const env = testEnv();
    // Ids of the two workshops interleave, so that a page's range of keys holds both; the
    // times repeat, so that the order of equal times shows too.
    const spec = (count: number, parity: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: `c-${String(2 * i + parity).padStart(5, '0')}`,
        createdAt: `2026-05-01T10:00:0${(7 * i) % 10}.000Z`,
      }));
    const big = aDocument({ workshop: { id: 'w-big' }, candidates: spec(4_321, 0) }, env);
    const other = aDocument({ workshop: { id: 'w-other' }, candidates: spec(1_500, 1) }, env);
    const repo = createRepository(openDatabase(name), repoEnv());
    await repo.applyChange(createDocument(big));
    await repo.applyChange(createDocument(other));
    const byTimeThenId = (doc: WorkshopDocument) =>
      [...doc.candidates]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    expect(await repo.loadDocument('w-big')).toEqual({ ...big, candidates: byTimeThenId(big) });
    expect(await repo.loadDocument('w-other')).toEqual({
      ...other,
      candidates: byTimeThenId(other),
    });
  });

  it('writes a change whole or not at all', async () => {
    const repo = createRepository(openDatabase(name), repoEnv());
    isFull = true;
    const doc = sampleDoc();
    await expect(repo.applyChange(createDocument(doc))).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    isFull = false;
    // The workshop row was in the same transaction as the failed candidate row: it is not there.
    expect(await repo.loadDocument(doc.workshop.id)).toBeUndefined();
    expect(await repo.listWorkshops()).toEqual([]);
    expect(await repo.hasAnyId([doc.workshop.id])).toBe(false);
  });

  it('refuses a record that breaks its schema before anything is written', async () => {
    const repo = createRepository(openDatabase(name), repoEnv());
    const doc = sampleDoc();
    const broken = {
      ...doc,
      candidates: doc.candidates.map((c) => ({
        ...c,
        valueScores: { ...c.valueScores, financialImpact: 9 },
      })),
    };
    await expect(repo.applyChange(createDocument(broken))).rejects.toThrow();
    expect(await repo.listWorkshops()).toEqual([]);
  });

  it('deletes a workshop with everything in it, tombstones and versions included', async () => {
    const repo = createRepository(openDatabase(name), repoEnv());
    const doc = sampleDoc();
    await repo.applyChange(createDocument(doc));
    await repo.applyChange({ delete: { candidates: [doc.candidates[0]?.id ?? ''] } });
    await repo.applyChange(removeWorkshop(doc.workshop.id));
    expect(await repo.loadDocument(doc.workshop.id)).toBeUndefined();
    expect(await repo.hasAnyId([doc.candidates[0]?.id ?? '', doc.phases[0]?.id ?? ''])).toBe(false);
  });

  it('gives each install one replica, counts every write, and keeps the name it is given', async () => {
    const repo = createRepository(openDatabase(name), repoEnv());
    const first = await repo.replica();
    expect(first.id).toMatch(/^rtest\d+$/);
    expect(first.name).toMatch(/^Laptop /);
    await repo.applyChange(createDocument(sampleDoc()));
    await repo.renameReplica('  Anna’s laptop ');
    const reopened = await createRepository(openDatabase(name), repoEnv()).replica();
    expect(reopened).toEqual({ id: first.id, name: 'Anna’s laptop', clock: first.clock + 1 });
  });

  it('gives a fresh install a random replica id, “r” and 16 hex digits, different on another install', async () => {
    // The app's own id source, not the test's: two installs are two databases.
    const first = await createRepository(openDatabase(name)).replica();
    const second = await createRepository(openDatabase(`${name}-other`)).replica();
    expect(first.id).toMatch(/^r[0-9a-f]{16}$/);
    expect(second.id).toMatch(/^r[0-9a-f]{16}$/);
    expect(second.id).not.toBe(first.id);
    // The id is made once: the same install asked again keeps it.
    expect((await createRepository(openDatabase(name)).replica()).id).toBe(first.id);
  });

  it('stamps two quick edits of one record with two different writes', async () => {
    const repo = createRepository(openDatabase(name), repoEnv());
    const doc = sampleDoc();
    await repo.applyChange(createDocument(doc));
    const id = doc.candidates[0]?.id ?? '';
    await Promise.all([
      repo.applyChange(patchChange('candidates', { id, set: { placement: { x: 10, y: 10 } } })),
      repo.applyChange(patchChange('candidates', { id, set: { placement: { x: 90, y: 90 } } })),
    ]);
    const stored = await repo.loadReplicaDocument(doc.workshop.id);
    const version = stored?.versions.get(id);
    expect(version?.fields.placement?.[1]).toBe(3);
    expect(version?.seen[version.created[0]]).toBe(3);
  });

  it('refuses an import whose ids are stored by then, and a merge computed before another write', async () => {
    const repo = createRepository(openDatabase(name), repoEnv());
    const doc = sampleDoc();
    await repo.applyChange(createDocument(doc));
    const stored = await repo.loadReplicaDocument(doc.workshop.id);
    if (!stored) throw new Error('stored');
    await expect(repo.applyChange(importDocument(stored))).rejects.toBeInstanceOf(StaleChangeError);
    const stale = { exact: [], expect: { clock: stored.clock } };
    await repo.applyChange(patchChange('workshops', { id: doc.workshop.id, set: { title: 'B' } }));
    await expect(repo.applyChange(stale)).rejects.toBeInstanceOf(StaleChangeError);
  });

  it('refuses an import of many records when one of its ids is stored, whichever table holds it', async () => {
    const repo = createRepository(openDatabase(name), repoEnv());
    const doc = sampleDoc();
    await repo.applyChange(createDocument(doc));
    const env = testEnv();
    const made = createWorkshop(
      { title: 'Other', organisation: '', facilitator: '', date: '' },
      env,
    );
    // Every id of its own, so only the clash below is one.
    const other: WorkshopDocument = {
      ...made,
      workshop: { ...made.workshop, id: 'w-other' },
      ...Object.fromEntries(
        CHILD_KINDS.map((kind) => [
          kind,
          made[kind].map((r) => ({ ...r, id: `other-${r.id}`, workshopId: 'w-other' })),
        ]),
      ),
    };
    const many = Array.from({ length: 200 }, (_, i) => ({
      ...createCandidate('w-other', { ...blankCandidateFields(), title: `C${i}` }, env),
      id: `many-${i}`,
    }));
    // The 150th record takes the id of the candidate already stored in the first workshop.
    const clash = many.map((c, i) => (i === 150 ? { ...c, id: doc.candidates[0]?.id ?? '' } : c));
    const replicaOf = (candidates: typeof many) => createdReplicaOf({ ...other, candidates });
    await expect(repo.applyChange(importDocument(replicaOf(clash)))).rejects.toBeInstanceOf(
      StaleChangeError,
    );
    expect(await repo.loadDocument(other.workshop.id)).toBeUndefined();
    await repo.applyChange(importDocument(replicaOf(many)));
    expect((await repo.loadDocument(other.workshop.id))?.candidates).toHaveLength(200);
  });
});

describe('perform', () => {
  beforeEach(() => useSessionStore.setState({ writeErrors: [], histories: {} }));

  it('shows a failed write in the persistent banner, keeps the change, and lands it on Retry', async () => {
    const repo = createRepository(openDatabase(`test-${++dbName}`), repoEnv());
    setRepository(repo);
    const doc = sampleDoc();
    isFull = true;
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    expect(await perform('Import “Pilot to scale”', createDocument(doc), 'library')).toBe(false);
    const [error] = useSessionStore.getState().writeErrors;
    expect(error?.action).toBe('Import “Pilot to scale”');
    expect(error?.message).toMatch(/storage for Scalepath is full/);
    expect(await repo.listWorkshops()).toEqual([]);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();

    isFull = false;
    expect(await retryFailedWrites()).toBe(true);
    expect((await repo.loadDocument(doc.workshop.id))?.candidates.length).toBe(1);
    expect(useSessionStore.getState().writeErrors).toEqual([]);
  });

  it('keeps every failed write in order, and a Retry leaves a later edit of the same record in place', async () => {
    const repo = createRepository(openDatabase(`test-${++dbName}`), repoEnv());
    setRepository(repo);
    const doc = sampleDoc();
    const scope = doc.workshop.id;
    await perform('Create', createDocument(doc), scope);
    const id = doc.candidates[0]?.id ?? '';
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    isFull = true;
    await perform('Rename', patchChange('candidates', { id, set: { title: 'Renamed' } }), scope);
    await perform('Notes', patchChange('candidates', { id, set: { notes: 'Why' } }), scope);
    expect(useSessionStore.getState().writeErrors.map((e) => e.action)).toEqual([
      'Rename',
      'Notes',
    ]);
    isFull = false;
    // A later edit of the same record lands first...
    const place = patchChange('candidates', { id, set: { placement: { x: 70, y: 80 } } });
    expect(await perform('Move', place, scope)).toBe(true);
    // ...and Retry applies each kept patch to what is stored now, so the move stays.
    expect(await retryFailedWrites()).toBe(true);
    expect((await repo.loadDocument(scope))?.candidates[0]).toMatchObject({
      title: 'Renamed',
      notes: 'Why',
      placement: { x: 70, y: 80 },
    });
    log.mockRestore();
  });
});

describe('undo and redo', () => {
  beforeEach(() => useSessionStore.setState({ writeErrors: [], histories: {} }));

  it('are written like edits: after undo, a reopened database shows the undone state; after redo, the redone one', async () => {
    const name = `test-${++dbName}`;
    setRepository(createRepository(openDatabase(name), repoEnv()));
    const doc = sampleDoc();
    const scope = doc.workshop.id;
    await perform('Create', createDocument(doc), scope);
    const chatbot = doc.candidates[0];
    if (!chatbot) throw new Error('fixture has a candidate');
    const renamed = saveCandidate(
      scope,
      chatbot,
      { ...chatbot, title: 'Customer-query chatbot' },
      testEnv(),
    );
    await perform('Rename chatbot', renamed, scope);

    const reopen = async () =>
      (await createRepository(openDatabase(name), repoEnv()).loadDocument(doc.workshop.id))
        ?.candidates[0];
    expect(await undo(scope)).toBe(true);
    expect((await reopen())?.title).toBe('Chatbot');
    expect(await redo(scope)).toBe(true);
    expect((await reopen())?.title).toBe('Customer-query chatbot');
    expect(useSessionStore.getState().histories[scope]?.undo.map((e) => e.label)).toEqual([
      'Create',
      'Rename chatbot',
    ]);

    // A new edit after an undo clears redo.
    await undo(scope);
    await perform('Delete chatbot', { delete: { candidates: [chatbot.id] } }, scope);
    expect(await redo(scope)).toBe(false);
    expect(await reopen()).toBeUndefined();
  });

  it('undoing "Create" takes along what was added to the workshop since, and a new life starts a new history', async () => {
    const name = `test-${++dbName}`;
    const repo = createRepository(openDatabase(name), repoEnv());
    setRepository(repo);
    const env = testEnv();
    const doc = createWorkshop(
      { title: 'Later undone', organisation: '', facilitator: '', date: '' },
      env,
    );
    await perform('Create', createDocument(doc), 'library');
    const added = saveCandidate(
      doc.workshop.id,
      null,
      { ...blankCandidateFields(), title: 'Chatbot' },
      env,
    );
    await perform('Add chatbot', added, doc.workshop.id);
    expect(useSessionStore.getState().histories[doc.workshop.id]?.undo).toHaveLength(1);

    expect(await undo('library')).toBe(true);
    expect(await repo.loadDocument(doc.workshop.id)).toBeUndefined();
    const chatbotId = added.create?.candidates?.[0]?.id ?? '';
    expect(await repo.hasAnyId([chatbotId])).toBe(false);
    // Its old steps would write stale records over a workshop that comes back under the same id.
    expect(useSessionStore.getState().histories[doc.workshop.id]?.undo ?? []).toHaveLength(0);

    expect(await redo('library')).toBe(true);
    expect((await repo.loadDocument(doc.workshop.id))?.candidates.map((c) => c.title)).toEqual([
      'Chatbot',
    ]);
  });
});

describe('a failed undo', () => {
  beforeEach(() => useSessionStore.setState({ writeErrors: [], histories: {}, fileError: null }));

  it('leaves the history at once, so it is never applied twice, and a later Undo takes the step before it', async () => {
    const repo = createRepository(openDatabase(`test-${++dbName}`), repoEnv());
    setRepository(repo);
    const doc = sampleDoc();
    const scope = doc.workshop.id;
    const id = doc.candidates[0]?.id ?? '';
    await perform('Create', createDocument(doc), 'library');
    await perform('Title', patchChange('candidates', { id, set: { title: 'One' } }), scope);
    await perform('Notes', patchChange('candidates', { id, set: { notes: 'Two' } }), scope);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    isFull = true;
    expect(await undo(scope)).toBe(false);
    isFull = false;
    // The failed "Notes" undo waits in the banner; Undo now takes back "Title".
    expect(await undo(scope)).toBe(true);
    expect((await repo.loadDocument(scope))?.candidates[0]).toMatchObject({
      title: 'Chatbot',
      notes: 'Two',
    });
    expect(await retryFailedWrites()).toBe(true);
    expect((await repo.loadDocument(scope))?.candidates[0]).toMatchObject({ notes: '' });
    expect(useSessionStore.getState().histories[scope]?.undo ?? []).toEqual([]);
    expect(useSessionStore.getState().histories[scope]?.redo.map((e) => e.label)).toEqual([
      'Title',
      'Notes',
    ]);
    log.mockRestore();
  });

  it('that would write rows exactly is refused on Retry once anything else was written, rather than overwrite it', async () => {
    const repo = createRepository(openDatabase(`test-${++dbName}`), repoEnv());
    setRepository(repo);
    const doc = sampleDoc();
    const stored = { ...createdReplicaOf(doc) };
    expect(await perform('Import', importDocument(stored), 'library')).toBe(true);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    isFull = true;
    expect(await undo('library')).toBe(false);
    isFull = false;
    const id = doc.candidates[0]?.id ?? '';
    await perform(
      'Notes',
      patchChange('candidates', { id, set: { notes: 'typed later' } }),
      doc.workshop.id,
    );
    await retryFailedWrites();
    expect(useSessionStore.getState().fileError).toMatch(
      /^Undo Import was not written: the workshop changed/,
    );
    expect((await repo.loadDocument(doc.workshop.id))?.candidates[0]?.notes).toBe('typed later');
    log.mockRestore();
  });
});
