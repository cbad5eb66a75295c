import { useEffect } from 'react';
import { platform } from '../platform/index.ts';
import { redo, undo } from '../state/perform.ts';
import { useSessionStore } from '../state/store.ts';

/** Where the keyboard belongs to a text field (its own undo) or to an open dialog. */
function isTypingOrInDialog(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) for the scope's history, and the desktop menu's
 * Edit > Undo / Redo. Text fields keep their own undo.
 */
function useUndoShortcuts(scope: string): void {
  useEffect(() => {
    function handleKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const isUndo = key === 'z' && !event.shiftKey;
      if ((!isUndo && !isRedo) || isTypingOrInDialog(event.target)) return;
      event.preventDefault();
      void (isRedo ? redo(scope) : undo(scope));
    }
    window.addEventListener('keydown', handleKey);
    const stopMenu = platform.onCommand((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isTypingOrInDialog(document.activeElement)) document.execCommand(command);
      else void (command === 'redo' ? redo(scope) : undo(scope));
    });
    return () => {
      window.removeEventListener('keydown', handleKey);
      stopMenu();
    };
  }, [scope]);
}

/** Undo and Redo buttons that name the step they take back or re-apply. */
export function UndoRedo({ scope }: { scope: string }) {
  useUndoShortcuts(scope);
  const history = useSessionStore((s) => s.histories[scope]);
  const nextUndo = history?.undo.at(-1)?.label;
  const nextRedo = history?.redo.at(-1)?.label;
  return (
    <div className="toolbar" role="group" aria-label="History">
      <button
        type="button"
        onClick={() => void undo(scope)}
        disabled={!nextUndo}
        aria-label={nextUndo ? `Undo ${nextUndo}` : 'Undo (nothing to undo)'}
        title={nextUndo ? `Undo ${nextUndo} (Ctrl+Z)` : 'Nothing to undo'}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        onClick={() => void redo(scope)}
        disabled={!nextRedo}
        aria-label={nextRedo ? `Redo ${nextRedo}` : 'Redo (nothing to redo)'}
        title={nextRedo ? `Redo ${nextRedo} (Shift+Ctrl+Z)` : 'Nothing to redo'}
      >
        ↷ Redo
      </button>
    </div>
  );
}
