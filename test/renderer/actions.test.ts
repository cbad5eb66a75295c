// @vitest-environment jsdom
/**
 * The app's actions: one per menu command, each with the words and keys of the shared command
 * table, run where it can run and nowhere else. The desktop menu, the page's shortcuts and the
 * buttons all dispatch these.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../shared/ipc/channels.ts';
import { COMMANDS } from '../../shared/ipc/commands.ts';
import type * as ActionsModule from '../../renderer/app/actions.ts';
import { useSessionStore } from '../../renderer/state/store.ts';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
let actions: typeof ActionsModule;
beforeAll(async () => {
  actions = await import('../../renderer/app/actions.ts');
});

const home = { route: { screen: 'home' } } as const;
const inWorkshop = {
  route: { screen: 'workshop', workshopId: 'w1', tab: 'candidates' },
} as const;

beforeEach(() => {
  window.location.hash = '#/workshop/w1/candidates';
  useSessionStore.setState({ pendingRequest: null });
});

describe('actions', () => {
  it('exist for every menu command, in the words of the shared table', () => {
    for (const name of MENU_COMMANDS) {
      expect(actions.ACTIONS[name].name).toBe(name);
      expect(actions.ACTIONS[name].label).toBe(COMMANDS[name].label);
      expect(actions.ACTIONS[name].shortcut).not.toBe('');
    }
  });

  it('run only where they can: the workshop commands need an open workshop', async () => {
    for (const name of [
      'export-workshop',
      'export-deck',
      'close-workshop',
      'show-matrix',
    ] as const) {
      expect(actions.ACTIONS[name].isAvailable(home), name).toBe(false);
      expect(actions.ACTIONS[name].isAvailable(inWorkshop), name).toBe(true);
    }
    window.location.hash = '#/';
    await actions.dispatchAction('show-matrix', home);
    expect(window.location.hash).toBe('#/');
  });

  it('show a screen, close the workshop, and ask the home screen for its New workshop dialog', async () => {
    await actions.dispatchAction('show-roadmap', inWorkshop);
    expect(window.location.hash).toBe('#/workshop/w1/roadmap');
    await actions.dispatchAction('close-workshop', inWorkshop);
    expect(window.location.hash).toBe('#/');
    await actions.dispatchAction('new-workshop', inWorkshop);
    expect(useSessionStore.getState().pendingRequest).toBe('new-workshop');
    await actions.dispatchAction('export-deck', inWorkshop);
    expect(window.location.hash).toBe('#/workshop/w1/deck');
    expect(useSessionStore.getState().pendingRequest).toBe('export-deck');
  });

  it('take Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) as the page’s own shortcuts, and nothing else', () => {
    const key = (init: KeyboardEventInit) =>
      actions.shortcutAction(new KeyboardEvent('keydown', init));
    expect(key({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(key({ key: 'z', metaKey: true, shiftKey: true })).toBe('redo');
    expect(key({ key: 'y', ctrlKey: true })).toBe('redo');
    expect(key({ key: 'z' })).toBeNull();
    expect(key({ key: 's', ctrlKey: true })).toBeNull();
  });
});
