import { EDITS, runEdit } from '../../app/edits.ts';
import { useCallback, useState } from 'react';
import type { Candidate, Placement } from '../../../shared/records/candidate.ts';
import { useSessionStore } from '../../state/store.ts';
import type { PendingPlacement } from './cardView.ts';

/**
 * Writes placements through `perform` (one undo step each) and shows them at once: between the
 * drop and the live query bringing the stored record back, the card would otherwise jump back
 * to where it was for a few frames. A pending placement holds only for the stored record it was
 * made on, so whatever the database says next (the write, an undo, a failed write) wins.
 */
export function usePlacements(workshopId: string) {
  const [pending, setPending] = useState<ReadonlyMap<string, PendingPlacement>>(() => new Map());

  const writePlacement = useCallback(
    /** `isScored`: a card taken off the matrix goes back to its scored spot (else to the tray). */
    (candidate: Candidate, placement: Placement | null, isScored = false) => {
      const id = candidate.id;
      // The write first: its transaction then starts before React renders the pending spot.
      const writing = runEdit(EDITS.placeCard, { candidate, placement, isScored }, workshopId);
      const madeOn = { updatedAt: candidate.updatedAt, placement: candidate.placement };
      setPending((previous) => new Map(previous).set(id, { placement, madeOn }));
      void writing.then((isDone) => {
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
        setPending((previous) => {
          const next = new Map(previous);
          next.delete(id);
          return next;
        });
      });
    },
    [workshopId],
  );

  return { pending, writePlacement };
}
