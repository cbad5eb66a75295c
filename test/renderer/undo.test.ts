/**
 * Undo and redo against the real repository over fake-indexeddb, with every record kind: random
 * edits of a workshop (candidates, scores, placements, moves, dependencies, phases, components,
 * settings, capabilities, participants, rounds, ballots, snapshots, decisions, the agenda and its
 * countdown, creations and deletions) are written one by one; undoing all of them in reverse
 * brings back exactly the workshop as it was, and redoing them exactly the edited one (timestamps
 * aside: an undo is a new write, stamped now). The comparison reads every kind in the registry,
 * so a kind added later is compared without this test knowing of it.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/change.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository } from '../../renderer/db/repository.ts';
import { aDocument, arbRoom, idsWritten, testEnv } from '../fixtures/builders.ts';
import type { AnyRecord, KindName } from '../../shared/records/kinds.ts';
import { CHILD_KINDS, KINDS } from '../../shared/records/kinds.ts';
import type { RandomEdit } from '../fixtures/random-edits.ts';
import { arbEdit, changeFor, replicaEnv } from '../fixtures/random-edits.ts';

let dbName = 0;

/** The document as a user sees it, with the write times left out. */
function content(doc: WorkshopDocument | undefined) {
  if (!doc) return undefined;
  const strip = <T extends { updatedAt: string; id: string }>(records: readonly T[]) =>
    records.map(({ updatedAt: _u, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    workshop: strip([doc.workshop]),
    ...Object.fromEntries(CHILD_KINDS.map((kind) => [kind, strip<AnyRecord>(doc[kind])])),
  };
}

/** A workshop of `count` candidates, a component and a capability, with the room's records. */
const arbStart = fc.integer({ min: 0, max: 5 }).chain((count) =>
  arbRoom(
    aDocument(
      {
        candidates: Array.from({ length: count }, (_, i) => ({ id: `c${i}` })),
        components: count > 0 ? [{ providerId: 'c0' }] : [],
        capabilities: count > 0 ? [{ name: 'ML engineering' }] : [],
      },
      testEnv(),
    ),
  ),
);

describe('undo over the repository', () => {
  it('undoing every step in reverse restores the workshop exactly, and redoing them re-applies it', async () => {
    // Every kind must have been edited in some run, or the property proves nothing about it.
    const kindsEdited = new Set<KindName>();
    await fc.assert(
      fc.asyncProperty(
        arbStart,
        fc.array(arbEdit, { minLength: 1, maxLength: 10 }),
        async (doc, edits: RandomEdit[]) => {
          const repo = createRepository(new ScalepathDatabase(`undo-${++dbName}`));
          const w = doc.workshop.id;
          await repo.applyChange(createDocument(doc));
          const env = replicaEnv('here');
          const start = content(await repo.loadDocument(w));
          const undos: Change[] = [];
          for (const edit of edits) {
            if (edit.kind === 'undo') continue;
            const current = (await repo.loadDocument(w)) as WorkshopDocument;
            const change = changeFor(edit, current, env);
            for (const kind of KINDS)
              if (idsWritten(change, kind).length > 0) kindsEdited.add(kind);
            undos.push(await repo.applyChange(change));
          }
          const end = content(await repo.loadDocument(w));
          const redos: Change[] = [];
          for (const inverse of [...undos].reverse()) redos.push(await repo.applyChange(inverse));
          expect(content(await repo.loadDocument(w))).toEqual(start);
          for (const inverse of [...redos].reverse()) await repo.applyChange(inverse);
          expect(content(await repo.loadDocument(w))).toEqual(end);
        },
      ),
      { numRuns: 60 },
    );
    expect([...kindsEdited].sort()).toEqual([...KINDS].sort());
  });
});
