import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DBCore } from 'dexie';
import { saveCandidate } from '../../shared/domain/candidate-edits.ts';
import { blankCandidateFields, createWorkshop } from '../../shared/domain/factories.ts';
import { putDocument, removeDocument } from '../../shared/domain/workshop-edits.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import { perform, redo, undo } from '../../renderer/state/perform.ts';
import { useSessionStore } from '../../renderer/state/store.ts';
import { testEnv } from '../fixtures/builders.ts';

let dbName = 0;
let isFull = false;

/** A database whose writes fail like a full disk while `isFull` is set (a Dexie middleware). */
function openDatabase(name: string): ScalepathDatabase {
  const db = new ScalepathDatabase(name);
  db.use({
    stack: 'dbcore',
    name: 'quota-fault',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) =>
            isFull && tableName === 'candidates'
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(req),
        };
      },
    }),
  });
  return db;
}

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
  return { ...doc, candidates: change.put.candidates ?? [] };
}

describe('repository', () => {
  let name: string;
  beforeEach(() => {
    isFull = false;
    name = `test-${++dbName}`;
    useSessionStore.setState({ writeError: null });
  });
  afterEach(() => {
    isFull = false;
  });

  it('shows exactly what was stored after the database is opened again (a reload)', async () => {
    const doc = sampleDoc();
    const first = openDatabase(name);
    await createRepository(first).applyChange(putDocument(doc));
    first.close();

    const reopened = createRepository(openDatabase(name));
    expect(await reopened.loadDocument(doc.workshop.id)).toEqual(doc);
    expect(await reopened.listWorkshops()).toEqual([{ workshop: doc.workshop, candidateCount: 1 }]);
  });

  it('writes a change whole or not at all', async () => {
    const repo = createRepository(openDatabase(name));
    isFull = true;
    const doc = sampleDoc();
    await expect(repo.applyChange(putDocument(doc))).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    isFull = false;
    // The workshop row was in the same transaction as the failed candidate row: it is not there.
    expect(await repo.loadDocument(doc.workshop.id)).toBeUndefined();
    expect(await repo.listWorkshops()).toEqual([]);
  });

  it('refuses a record that breaks its schema before anything is written', async () => {
    const repo = createRepository(openDatabase(name));
    const doc = sampleDoc();
    const broken = {
      ...doc,
      candidates: doc.candidates.map((c) => ({
        ...c,
        valueScores: { ...c.valueScores, financialImpact: 9 },
      })),
    };
    await expect(repo.applyChange(putDocument(broken))).rejects.toThrow();
    expect(await repo.listWorkshops()).toEqual([]);
  });

  it('deletes a workshop with everything in it', async () => {
    const repo = createRepository(openDatabase(name));
    const doc = sampleDoc();
    await repo.applyChange(putDocument(doc));
    await repo.applyChange(removeDocument(doc));
    expect(await repo.loadDocument(doc.workshop.id)).toBeUndefined();
    expect(await repo.hasAnyId([doc.candidates[0]?.id ?? '', doc.phases[0]?.id ?? ''])).toBe(false);
  });
});

describe('perform', () => {
  it('shows a failed write in the persistent banner, keeps the change, and lands it on Retry', async () => {
    const repo = createRepository(openDatabase(`test-${++dbName}`));
    setRepository(repo);
    const doc = sampleDoc();
    isFull = true;
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    expect(await perform('Import “Pilot to scale”', putDocument(doc), 'library')).toBe(false);
    const error = useSessionStore.getState().writeError;
    expect(error?.action).toBe('Import “Pilot to scale”');
    expect(error?.message).toMatch(/storage for Scalepath is full/);
    expect(await repo.listWorkshops()).toEqual([]);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();

    isFull = false;
    error?.retry();
    await expect
      .poll(async () => (await repo.loadDocument(doc.workshop.id))?.candidates.length)
      .toBe(1);
    expect(useSessionStore.getState().writeError).toBeNull();
  });
});

describe('undo and redo', () => {
  it('are written like edits: after undo, a reopened database shows the undone state; after redo, the redone one', async () => {
    const name = `test-${++dbName}`;
    setRepository(createRepository(openDatabase(name)));
    const doc = sampleDoc();
    const scope = doc.workshop.id;
    await perform('Create', putDocument(doc), scope);
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
      (await createRepository(openDatabase(name)).loadDocument(doc.workshop.id))?.candidates[0];
    expect(await undo(scope)).toBe(true);
    expect(await reopen()).toMatchObject({ title: 'Chatbot', rev: 3 });
    expect(await redo(scope)).toBe(true);
    expect(await reopen()).toMatchObject({ title: 'Customer-query chatbot', rev: 4 });
    expect(useSessionStore.getState().histories[scope]?.undo.map((e) => e.label)).toEqual([
      'Create',
      'Rename chatbot',
    ]);

    // A new edit after an undo clears redo.
    await undo(scope);
    await perform('Delete chatbot', { put: {}, remove: { candidates: [chatbot.id] } }, scope);
    expect(await redo(scope)).toBe(false);
    expect(await reopen()).toBeUndefined();
  });

  it('undoing "Create" takes along what was added to the workshop since, and a new life starts a new history', async () => {
    const name = `test-${++dbName}`;
    const repo = createRepository(openDatabase(name));
    setRepository(repo);
    const env = testEnv();
    const doc = createWorkshop(
      { title: 'Later undone', organisation: '', facilitator: '', date: '' },
      env,
    );
    await perform('Create', putDocument(doc), 'library');
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
    const chatbotId = added.put.candidates?.[0]?.id ?? '';
    expect(await repo.hasAnyId([chatbotId])).toBe(false);
    // Its old steps would write stale records over a workshop that comes back under the same id.
    expect(useSessionStore.getState().histories[doc.workshop.id]?.undo ?? []).toHaveLength(0);

    expect(await redo('library')).toBe(true);
    expect((await repo.loadDocument(doc.workshop.id))?.candidates.map((c) => c.title)).toEqual([
      'Chatbot',
    ]);
  });
});
