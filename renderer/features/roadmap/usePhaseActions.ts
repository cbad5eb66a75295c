import { useMemo } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { sortPhases } from '../../../shared/roadmap/common.ts';
import { EDITS } from '../../app/edits.ts';
import type { RoadmapEdit } from '../../app/edits.ts';
import { undo } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';
import type { PhaseActions } from './PhaseHeader.tsx';
import { phaseControlId } from './PhaseHeader.tsx';

export const ADD_PHASE_ID = 'roadmap-add-phase';

/** Focuses the first of these buttons that is there and enabled, once the next render is done. */
export function focusById(...ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element instanceof HTMLButtonElement && !element.disabled) {
        element.focus();
        return;
      }
    }
  });
}

type Write = <A extends object>(edit: RoadmapEdit<A>, args: A) => Promise<boolean>;

/**
 * Adding, moving and deleting phases: each one write (one undo step), with focus kept on a control
 * of the phase that moved, or put somewhere sensible when the control is gone.
 */
export function usePhaseActions(
  write: Write,
  current: () => WorkshopDocument,
  edit: (phaseId: string) => void,
) {
  return useMemo(() => {
    const nameOf = (phaseId: string): string =>
      current().phases.find((p) => p.id === phaseId)?.name ?? 'phase';
    const actions: PhaseActions = {
      edit,
      move: (phaseId, direction) => {
        void write(EDITS.movePhase, { phaseId, direction, name: nameOf(phaseId) });
        // The button moved with its column; at an end it is disabled, so Edit takes the focus.
        focusById(
          phaseControlId(phaseId, direction < 0 ? 'left' : 'right'),
          phaseControlId(phaseId, 'edit'),
        );
      },
      remove: (phaseId) => {
        const name = nameOf(phaseId);
        const { workshop, candidates } = current();
        const count = candidates.filter((c) => c.phaseId === phaseId).length;
        void write(EDITS.deletePhase, { phaseId, name }).then((isDone) => {
          if (!isDone) return;
          const cards =
            count === 0
              ? ''
              : ` ${count === 1 ? 'Its card went' : `Its ${count} cards went`} back to the backlog.`;
          useSessionStore.getState().showNotice({
            message: `Deleted “${name}”.${cards}`,
            undo: () => void undo(workshop.id),
          });
        });
        focusById(ADD_PHASE_ID);
      },
    };
    const add = (): void => {
      void write(EDITS.addPhase, {});
      // The document on screen has the new phase already: it is the last one.
      const added = sortPhases(current().phases).at(-1);
      if (added) focusById(phaseControlId(added.id, 'edit'));
    };
    return { actions, add };
  }, [write, current, edit]);
}
