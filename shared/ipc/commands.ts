/**
 * The app's commands in words and keys: one table read by the desktop menu (electron/main/menu.ts)
 * and by the renderer's actions (renderer/app/actions.ts), which give each its `perform`. So the
 * menu entry, the button and the shortcut of a command are one thing.
 */
import type { MenuCommand } from './channels.ts';

export interface CommandInfo {
  /** As menus and buttons say it. */
  label: string;
  /** Electron's accelerator syntax; the renderer shows it in tooltips. */
  accelerator: string;
}

export const COMMANDS: { readonly [C in MenuCommand]: CommandInfo } = {
  'new-workshop': { label: 'New workshop', accelerator: 'CmdOrCtrl+N' },
  'import-file': { label: 'Open / Import…', accelerator: 'CmdOrCtrl+O' },
  'export-workshop': { label: 'Export workshop…', accelerator: 'CmdOrCtrl+S' },
  // Not CmdOrCtrl+P: that promises a print dialog, and this saves a PDF.
  'export-deck': { label: 'Export deck…', accelerator: 'Shift+CmdOrCtrl+E' },
  'close-workshop': { label: 'Close', accelerator: 'CmdOrCtrl+W' },
  undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  redo: { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z' },
  'show-candidates': { label: 'Candidates', accelerator: 'CmdOrCtrl+1' },
  'show-matrix': { label: 'Matrix', accelerator: 'CmdOrCtrl+2' },
  'show-roadmap': { label: 'Roadmap', accelerator: 'CmdOrCtrl+3' },
  'show-portfolio': { label: 'Portfolio', accelerator: 'CmdOrCtrl+4' },
  // The tenth screen: the digits are taken, and CmdOrCtrl+0 resets the zoom.
  'show-sensitivity': { label: 'Sensitivity', accelerator: 'Alt+CmdOrCtrl+S' },
  'show-governance': { label: 'Governance', accelerator: 'CmdOrCtrl+5' },
  'show-scale': { label: 'Scale', accelerator: 'CmdOrCtrl+6' },
  'show-room': { label: 'Room', accelerator: 'CmdOrCtrl+7' },
  'show-deck': { label: 'Deck', accelerator: 'CmdOrCtrl+8' },
  'show-settings': { label: 'Settings', accelerator: 'CmdOrCtrl+9' },
};

/** The View menu's screens, in the order of a workshop's tabs. */
export const SCREEN_COMMANDS = [
  'show-candidates',
  'show-matrix',
  'show-roadmap',
  'show-portfolio',
  'show-sensitivity',
  'show-governance',
  'show-scale',
  'show-room',
  'show-deck',
  'show-settings',
] as const satisfies readonly MenuCommand[];

/** "Ctrl+Shift+E" or "⇧⌘E": an accelerator as a person reads it on this platform. */
export function shortcutText(accelerator: string, isMac: boolean): string {
  const parts = accelerator.split('+');
  if (isMac) {
    const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥' };
    return parts.map((p) => symbols[p] ?? p).join('');
  }
  return parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)).join('+');
}
