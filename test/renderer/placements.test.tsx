// @vitest-environment jsdom
/**
 * usePlacements (the matrix's moves): a move is drawn once the stored record comes back, after its
 * write has landed; when the record is slow to come back it is drawn from a pending placement
 * instead, so the card never jumps back; a failed write is not drawn.
 */
import 'fake-indexeddb/auto';
import { act, renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import type { Repository } from '../../renderer/db/repository.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import type * as PlacementsModule from '../../renderer/features/matrix/usePlacements.ts';
import type * as PerformModule from '../../renderer/state/perform.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
let usePlacements: typeof PlacementsModule.usePlacements;
let afterPendingWrites: typeof PerformModule.afterPendingWrites;
beforeAll(async () => {
  ({ usePlacements } = await import('../../renderer/features/matrix/usePlacements.ts'));
  ({ afterPendingWrites } = await import('../../renderer/state/perform.ts'));
});

const SPOT = { x: 70, y: 30 };

async function stored(name: string): Promise<{ repo: Repository; doc: WorkshopDocument }> {
  const repo = createRepository(new ScalepathDatabase(name));
  setRepository(repo);
  const doc = aDocument({ candidates: [{ title: 'Chatbot' }] }, testEnv());
  await repo.applyChange(createDocument(doc));
  return { repo, doc };
}

/** Calls writePlacement and records when the promise it returns settles. */
function move(write: ReturnType<typeof usePlacements>['writePlacement'], doc: WorkshopDocument) {
  const state = { isDrawn: false };
  let drawn: Promise<void> = Promise.resolve();
  act(() => {
    drawn = write(doc.candidates[0]!, SPOT).then(() => {
      state.isDrawn = true;
    });
  });
  return { state, drawn };
}

describe('usePlacements', () => {
  it('draws a move when the stored record comes back, after its write has landed', async () => {
    const { repo, doc } = await stored('placements-back');
    const { result, rerender } = renderHook(({ d }) => usePlacements(d), {
      initialProps: { d: doc },
    });
    const { state, drawn } = move(result.current.writePlacement, doc);
    await act(() => afterPendingWrites());
    const back = (await repo.loadDocument(doc.workshop.id)) as WorkshopDocument;
    expect(back.candidates[0]?.placement).toEqual(SPOT);
    // Written, and not drawn yet: the drag holds the card where it was dropped.
    expect(state.isDrawn).toBe(false);

    rerender({ d: back });
    await act(() => drawn);
    expect(state.isDrawn).toBe(true);
    // Drawn from the stored record itself: nothing pending to draw it from.
    expect(result.current.pending.size).toBe(0);
  });

  it('draws a move from a pending placement when the stored record is slow to come back', async () => {
    const { doc } = await stored('placements-slow');
    const { result } = renderHook(({ d }) => usePlacements(d), { initialProps: { d: doc } });
    const started = performance.now();
    const { state, drawn } = move(result.current.writePlacement, doc);
    await act(() => drawn);
    expect(state.isDrawn).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    expect(result.current.pending.get(doc.candidates[0]!.id)?.placement).toEqual(SPOT);
  });

  it('does not draw a move whose write failed', async () => {
    const { doc } = await stored('placements-failed');
    setRepository({
      applyChange: () => Promise.reject(new Error('the disk is gone')),
    } as unknown as Repository);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(({ d }) => usePlacements(d), { initialProps: { d: doc } });
    // The wait's timer never fires: the move can only be settled by the failure.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { state, drawn } = move(result.current.writePlacement, doc);
      await act(() => drawn);
      expect(state.isDrawn).toBe(true);
      expect(result.current.pending.size).toBe(0);
      expect(error).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
      error.mockRestore();
    }
  });
});
