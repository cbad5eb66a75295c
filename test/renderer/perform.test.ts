/**
 * The audience window on the projector is read-only (state/perform.ts setReadOnly): whatever its
 * screen asks, no edit, undo or redo is written from it, and its history is left as it was.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveCandidate } from '../../shared/domain/candidate-edits.ts';
import { blankCandidateFields, createWorkshop } from '../../shared/domain/factories.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import type { Repository } from '../../renderer/db/repository.ts';
import { perform, redo, setReadOnly, undo } from '../../renderer/state/perform.ts';
import { useSessionStore } from '../../renderer/state/store.ts';
import { testEnv } from '../fixtures/builders.ts';

let dbName = 0;

describe('a read-only window', () => {
  let repo: Repository;
  beforeEach(() => {
    repo = createRepository(new ScalepathDatabase(`read-only-${++dbName}`));
    setRepository(repo);
    useSessionStore.setState({ writeErrors: [], histories: {} });
  });
  afterEach(() => setReadOnly(false));

  it('writes nothing on perform, undo or redo, and keeps the history for when it may write again', async () => {
    const env = testEnv();
    const doc = createWorkshop(
      { title: 'Pilot to scale', organisation: '', facilitator: '', date: '' },
      env,
    );
    const scope = doc.workshop.id;
    await perform('Create', createDocument(doc), 'library');
    const add = (title: string) =>
      saveCandidate(scope, null, { ...blankCandidateFields(), title }, env);
    await perform('Add chatbot', add('Chatbot'), scope);
    await perform('Add fraud detection', add('Fraud detection'), scope);
    // One step to undo (the chatbot) and one to redo (fraud detection).
    expect(await undo(scope)).toBe(true);

    const titles = async () =>
      (await repo.loadDocument(scope))?.candidates.map((c) => c.title).sort();
    const before = { clock: (await repo.replica()).clock, titles: await titles() };
    const history = useSessionStore.getState().histories[scope];
    expect(before.titles).toEqual(['Chatbot']);

    setReadOnly(true);
    expect(await perform('Add lead scoring', add('Lead scoring'), scope)).toBe(false);
    expect(await undo(scope)).toBe(false);
    expect(await redo(scope)).toBe(false);
    // Not a write of any record: the replica's write counter has not moved.
    expect({ clock: (await repo.replica()).clock, titles: await titles() }).toEqual(before);
    expect(useSessionStore.getState().histories[scope]).toBe(history);
    expect(useSessionStore.getState().writeErrors).toEqual([]);

    // The facilitator's window writes as before, from the same history.
    setReadOnly(false);
    expect(await redo(scope)).toBe(true);
    expect(await titles()).toEqual(['Chatbot', 'Fraud detection']);
  });
});
