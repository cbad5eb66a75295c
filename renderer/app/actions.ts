/**
 * The app's operations as named actions (cf. Excalidraw's actions/register.ts): each has the
 * name, label and shortcut of its command (shared/ipc/commands.ts), whether it can run where the
 * user is, and what it does. The desktop menu, the keyboard and the buttons all dispatch these, so
 * each operation is one thing wherever it is started from.
 */
import type { MenuCommand } from '../../shared/ipc/channels.ts';
import { COMMANDS, shortcutText } from '../../shared/ipc/commands.ts';
import { chooseAndImportWorkshopFile, exportWorkshopFile } from '../features/files/files.ts';
import { LIBRARY_SCOPE, redo, undo } from '../state/perform.ts';
import { useSessionStore } from '../state/store.ts';
import type { Route, WorkshopTab } from './router.ts';
import { navigate } from './router.ts';

export type ActionName = MenuCommand;

export interface ActionContext {
  route: Route;
}

export interface AppAction {
  name: ActionName;
  label: string;
  /** The shortcut as this platform writes it, for tooltips ("Ctrl+S", "⌘S"). */
  shortcut: string;
  /** Whether it can run where the user is (most need an open workshop). */
  isAvailable(ctx: ActionContext): boolean;
  perform(ctx: ActionContext): void | Promise<void>;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The workshop the user is in, if any. */
function workshopOf(ctx: ActionContext): string | null {
  return ctx.route.screen === 'home' ? null : ctx.route.workshopId;
}

/** The history Undo and Redo act on where the user is: the workshop's, or the library's. */
export function historyScope(ctx: ActionContext): string {
  return workshopOf(ctx) ?? LIBRARY_SCOPE;
}

/** A text field, or an open dialog, keeps the keyboard (and its own undo). */
function isTypingOrInDialog(): boolean {
  if (document.querySelector('dialog[open]')) return true;
  const target = document.activeElement;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function showTab(tab: WorkshopTab): Omit<AppAction, 'name' | 'label' | 'shortcut'> {
  return {
    isAvailable: (ctx) => workshopOf(ctx) !== null,
    perform: (ctx) => {
      const workshopId = workshopOf(ctx);
      if (workshopId !== null) navigate({ screen: 'workshop', workshopId, tab });
    },
  };
}

const BEHAVIOUR: { readonly [A in ActionName]: Omit<AppAction, 'name' | 'label' | 'shortcut'> } = {
  'new-workshop': {
    isAvailable: () => true,
    perform: () => {
      navigate({ screen: 'home' });
      useSessionStore.getState().request('new-workshop');
    },
  },
  'import-file': {
    isAvailable: () => true,
    perform: () => chooseAndImportWorkshopFile(),
  },
  'export-workshop': {
    isAvailable: (ctx) => workshopOf(ctx) !== null,
    perform: (ctx) => {
      const workshopId = workshopOf(ctx);
      if (workshopId !== null) return exportWorkshopFile(workshopId);
    },
  },
  'export-deck': {
    isAvailable: (ctx) => workshopOf(ctx) !== null,
    perform: (ctx) => {
      const workshopId = workshopOf(ctx);
      if (workshopId === null) return;
      // The Deck screen builds and saves it, in its worker.
      navigate({ screen: 'workshop', workshopId, tab: 'deck' });
      useSessionStore.getState().request('export-deck');
    },
  },
  'close-workshop': {
    isAvailable: (ctx) => workshopOf(ctx) !== null,
    perform: () => navigate({ screen: 'home' }),
  },
  undo: {
    isAvailable: () => true,
    perform: async (ctx) => {
      if (isTypingOrInDialog()) document.execCommand('undo');
      else await undo(historyScope(ctx));
    },
  },
  redo: {
    isAvailable: () => true,
    perform: async (ctx) => {
      if (isTypingOrInDialog()) document.execCommand('redo');
      else await redo(historyScope(ctx));
    },
  },
  'show-candidates': showTab('candidates'),
  'show-matrix': showTab('matrix'),
  'show-roadmap': showTab('roadmap'),
  'show-portfolio': showTab('portfolio'),
  'show-sensitivity': showTab('sensitivity'),
  'show-governance': showTab('governance'),
  'show-scale': showTab('scale'),
  'show-room': showTab('room'),
  'show-deck': showTab('deck'),
  'show-settings': showTab('settings'),
};

/** Every action, by name. */
export const ACTIONS: { readonly [A in ActionName]: AppAction } = Object.fromEntries(
  (Object.keys(BEHAVIOUR) as ActionName[]).map((name) => [
    name,
    {
      name,
      label: COMMANDS[name].label,
      shortcut: shortcutText(COMMANDS[name].accelerator, isMac),
      ...BEHAVIOUR[name],
    },
  ]),
) as { [A in ActionName]: AppAction };

/** Runs an action where the user is; does nothing where it cannot run (e.g. Close on the home screen). */
export async function dispatchAction(name: ActionName, ctx: ActionContext): Promise<void> {
  const action = ACTIONS[name];
  if (action.isAvailable(ctx)) await action.perform(ctx);
}

/**
 * The keys the page itself handles: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y (the desktop menu shows
 * them but leaves them to the page, so a text field keeps its own undo). The menu's other
 * accelerators arrive as menu commands; a browser keeps its own for tabs and windows.
 */
export function shortcutAction(event: KeyboardEvent): ActionName | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) return 'redo';
  if (key === 'z' && !event.shiftKey) return 'undo';
  return null;
}

/** Whether the keyboard event belongs to a text field or an open dialog rather than the app. */
export function isForTextOrDialog(): boolean {
  return isTypingOrInDialog();
}
