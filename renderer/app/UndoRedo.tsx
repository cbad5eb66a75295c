import { useSessionStore } from '../state/store.ts';
import { ACTIONS, dispatchAction } from './actions.ts';
import { useRoute } from './router.ts';

/** Undo and Redo buttons that name the step they take back or re-apply. */
export function UndoRedo({ scope }: { scope: string }) {
  const route = useRoute();
  const history = useSessionStore((s) => s.histories[scope]);
  const nextUndo = history?.undo.at(-1)?.label;
  const nextRedo = history?.redo.at(-1)?.label;
  return (
    <div className="toolbar" role="group" aria-label="History">
      <button
        type="button"
        onClick={() => void dispatchAction('undo', { route })}
        disabled={!nextUndo}
        aria-label={nextUndo ? `Undo ${nextUndo}` : 'Undo (nothing to undo)'}
        title={nextUndo ? `Undo ${nextUndo} (${ACTIONS.undo.shortcut})` : 'Nothing to undo'}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        onClick={() => void dispatchAction('redo', { route })}
        disabled={!nextRedo}
        aria-label={nextRedo ? `Redo ${nextRedo}` : 'Redo (nothing to redo)'}
        title={nextRedo ? `Redo ${nextRedo} (${ACTIONS.redo.shortcut})` : 'Nothing to redo'}
      >
        ↷ Redo
      </button>
    </div>
  );
}
