// @vitest-environment jsdom
/**
 * usePendingDoc (the roadmap's optimistic document): a move shows at once, a second move builds
 * on the first before anything is stored, and whatever the database says next wins.
 */
import 'fake-indexeddb/auto';
import { act, renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { roadmapColumns } from '../../shared/domain/phase-edits.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import type * as PendingModule from '../../renderer/features/roadmap/usePendingDoc.ts';
import type * as EditsModule from '../../renderer/app/edits.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
let usePendingDoc: typeof PendingModule.usePendingDoc;
let EDITS: typeof EditsModule.EDITS;
beforeAll(async () => {
  ({ usePendingDoc } = await import('../../renderer/features/roadmap/usePendingDoc.ts'));
  ({ EDITS } = await import('../../renderer/app/edits.ts'));
});

const titles = (doc: WorkshopDocument) =>
  roadmapColumns(doc).phases[0]?.candidates.map((c) => c.title) ?? [];

describe('usePendingDoc', () => {
  it('shows a move at once, builds the next move on it, and gives way to what is stored', async () => {
    const repo = createRepository(new ScalepathDatabase('pending-doc'));
    setRepository(repo);
    const doc = aDocument(
      { candidates: [{ title: 'A' }, { title: 'B' }, { title: 'C' }] },
      testEnv(),
    );
    await repo.applyChange(createDocument(doc));
    const phase = doc.phases[0]?.id ?? '';
    const move = (candidateId: string) => ({
      candidateId,
      phaseId: phase,
      index: 0,
      title: candidateId,
      where: 'Phase 1',
    });
    const { result, rerender } = renderHook(({ d }) => usePendingDoc(d), {
      initialProps: { d: doc },
    });

    let writes: Promise<boolean>[] = [];
    act(() => {
      writes = [
        result.current.write(EDITS.moveCard, move(doc.candidates[0]!.id)),
        // Before any render: computed from the document with the first move in it.
        result.current.write(EDITS.moveCard, move(doc.candidates[1]!.id)),
      ];
    });
    expect(titles(result.current.shown)).toEqual(['B', 'A']);
    expect(await Promise.all(writes)).toEqual([true, true]);

    // The live query brings the stored document: it is what shows from then on.
    const stored = (await repo.loadDocument(doc.workshop.id)) as WorkshopDocument;
    rerender({ d: stored });
    expect(result.current.shown).toBe(stored);
    expect(titles(result.current.shown)).toEqual(['B', 'A']);
  });
});
