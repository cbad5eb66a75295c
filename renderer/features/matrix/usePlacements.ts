import { EDITS, runEdit } from '../../app/edits.ts';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { Candidate, Placement } from '../../../shared/records/candidate.ts';
import { useSessionStore } from '../../state/store.ts';
import { hasMovedOn } from './cardView.ts';
import type { PendingPlacement } from './cardView.ts';

/**
 * How long a move waits for the stored record to come back before it is drawn from what was
 * written: at 5,000 candidates reading the workshop back takes longer, and a write queued behind
 * others (an import, a merge) must not leave the dropped card hanging.
 */
const DRAW_WITHIN_MS = 100;

/** A move written and not yet drawn; `settle` draws it (from the pending placement, or not). */
interface Move {
  madeOn: PendingPlacement['madeOn'];
  settle: (isPending: boolean) => void;
}

/**
 * Writes placements through `perform` (one undo step each) and says when each move is drawn. A
 * move is drawn once the live document brings the stored record back, so a drop costs one render
 * of the matrix, and that render comes after the write has landed rather than in front of it
 * (the write needs the main thread for a few short turns, the render for a long one). If the
 * record takes longer than DRAW_WITHIN_MS, the move is drawn from a pending placement, so the
 * card never jumps back; it holds only for the stored record it was made on, so whatever the
 * database says next (the write, an undo) wins. A failed write is not drawn: the card stays where
 * it is stored, and the banner says why.
 */
export function usePlacements(doc: WorkshopDocument) {
  const workshopId = doc.workshop.id;
  const [pending, setPending] = useState<ReadonlyMap<string, PendingPlacement>>(() => new Map());
  const moves = useRef(new Map<string, Move>());

  useLayoutEffect(() => {
    for (const [id, move] of moves.current) {
      const stored = doc.candidates.find((c) => c.id === id);
      if (!stored || hasMovedOn(stored, move.madeOn)) move.settle(false);
    }
  }, [doc]);

  const writePlacement = useCallback(
    /**
     * `isScored`: a card taken off the matrix goes back to its scored spot (else to the tray).
     * Resolves once the move is drawn.
     */
    (candidate: Candidate, placement: Placement | null, isScored = false): Promise<void> => {
      const id = candidate.id;
      const writing = runEdit(EDITS.placeCard, { candidate, placement, isScored }, workshopId);
      const madeOn = { updatedAt: candidate.updatedAt, placement: candidate.placement };
      return new Promise<void>((resolve) => {
        const move: Move = {
          madeOn,
          settle: (isPending) => {
            if (moves.current.get(id) !== move) return;
            moves.current.delete(id);
            clearTimeout(timer);
            if (isPending)
              setPending((previous) => new Map(previous).set(id, { placement, madeOn }));
            resolve();
          },
        };
        // A card moved again before its last move was drawn (from its actions): that one is
        // drawn now, and the new one waits.
        moves.current.get(id)?.settle(true);
        moves.current.set(id, move);
        const timer = setTimeout(() => move.settle(true), DRAW_WITHIN_MS);
        void writing.then(
          (isDone) => {
            if (isDone) {
              if (placement !== null) {
                useSessionStore.getState().askWhy({
                  workshopId,
                  what: `Moved “${candidate.title}” on the matrix`,
                  candidateIds: [id],
                });
              }
              return;
            }
            move.settle(false);
            // Drawn after the wait, then refused: the card goes back to what is stored.
            setPending((previous) => {
              if (previous.get(id)?.madeOn !== madeOn) return previous;
              const next = new Map(previous);
              next.delete(id);
              return next;
            });
          },
          () => move.settle(false),
        );
      });
    },
    [workshopId],
  );

  return { pending, writePlacement };
}
