/**
 * Undo and redo against the real repository over fake-indexeddb, with every record kind: random
 * edits of a workshop (candidates, scores, placements, moves, dependencies, phases, components,
 * settings, creations and deletions) are written one by one; undoing all of them in reverse brings
 * back exactly the workshop as it was, and redoing them exactly the edited one (timestamps aside:
 * an undo is a new write, stamped now).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/change.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository } from '../../renderer/db/repository.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { arbEdit, changeFor, replicaEnv } from '../fixtures/random-edits.ts';

let dbName = 0;

/** The document as a user sees it, with the write times left out. */
function content(doc: WorkshopDocument | undefined) {
  if (!doc) return undefined;
  const strip = <T extends { updatedAt: string; id: string }>(records: readonly T[]) =>
    records.map(({ updatedAt: _u, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    workshop: strip([doc.workshop]),
    phases: strip(doc.phases),
    candidates: strip(doc.candidates),
    components: strip(doc.components),
    capabilities: strip(doc.capabilities),
  };
}

describe('undo over the repository', () => {
  it('undoing every step in reverse restores the workshop exactly, and redoing them re-applies it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5 }),
        fc.array(arbEdit, { minLength: 1, maxLength: 10 }),
        async (count, edits) => {
          const repo = createRepository(new ScalepathDatabase(`undo-${++dbName}`));
          const doc = aDocument(
            {
              candidates: Array.from({ length: count }, (_, i) => ({ id: `c${i}` })),
              components: count > 0 ? [{ providerId: 'c0' }] : [],
            },
            testEnv(),
          );
          const w = doc.workshop.id;
          await repo.applyChange(createDocument(doc));
          const env = replicaEnv('here');
          const start = content(await repo.loadDocument(w));
          const undos: Change[] = [];
          for (const edit of edits) {
            if (edit.kind === 'undo') continue;
            const current = (await repo.loadDocument(w)) as WorkshopDocument;
            undos.push(await repo.applyChange(changeFor(edit, current, env)));
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
  });
});
