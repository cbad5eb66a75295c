// @vitest-environment jsdom
/**
 * The app shell (app/App.tsx) with a fake desktop platform: a file the OS hands over (a
 * double-click, argv, a second instance, File > Open all reach `platform.onFileOpened`) goes through
 * the same import as the home screen's button — for a workshop already in the library, the
 * merge-or-copy choice, then the merge dialog.
 */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { patchChange } from '../../shared/domain/change.ts';
import { createdReplica } from '../../shared/domain/document.ts';
import { importDocument } from '../../shared/domain/workshop-edits.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import type { OpenedFile, Platform } from '../../renderer/platform/index.ts';
import { useSessionStore } from '../../renderer/state/store.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { MemoryReplica } from '../fixtures/replicas.ts';
import type * as AppModule from '../../renderer/app/App.tsx';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');

/** What the desktop platform's bridge would deliver: the listeners App subscribed. */
const fileListeners = new Set<(file: OpenedFile) => void>();
const desktop: Platform = {
  kind: 'desktop',
  openWorkshopFile: async () => null,
  saveWorkshopFile: async () => true,
  savePdf: async () => true,
  saveCsv: async () => true,
  onFileOpened: (listener) => {
    fileListeners.add(listener);
    return () => fileListeners.delete(listener);
  },
  onCommand: () => () => undefined,
  appVersion: async () => '0.0.0-test',
};
vi.mock('../../renderer/platform/index.ts', () => ({ platform: desktop }));
// The screens of a workshop are not under test (the route stays on the library until a choice is
// made), and they pull in the deck's WebAssembly, which the test runner does not load.
vi.mock('../../renderer/features/workshop/WorkshopScreen.tsx', () => ({
  WorkshopScreen: () => <p>The workshop screen</p>,
}));
vi.mock('../../renderer/features/present/PresentScreen.tsx', () => ({
  PresentScreen: () => <p>The presentation</p>,
}));

let App: typeof AppModule.App;
beforeAll(async () => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
  ({ App } = await import('../../renderer/app/App.tsx'));
});
beforeEach(() => {
  // Each test starts on the library, with no dialog, notice or question open.
  window.location.hash = '#/';
  useSessionStore.setState({ importFlow: null, fileError: null, notice: null, histories: {} });
});
afterEach(cleanup);

const META = {
  appVersion: '0.1.0',
  exportedAt: '2026-11-30T09:00:00.000Z',
  replica: { id: 'rclient', name: 'Client’s laptop' },
};

describe('a file opened from the OS', () => {
  it('goes through the merge-or-copy choice when its workshop is already here, then the merge dialog', async () => {
    const repo = createRepository(new ScalepathDatabase('app-file-opened'));
    setRepository(repo);
    const start = createdReplica(
      aDocument(
        {
          workshop: { id: 'w-opened', title: 'Offsite' },
          candidates: [{ id: 'c1', title: 'Chatbot' }],
        },
        testEnv(),
      ),
      ['rorigin', 1],
    );
    await repo.applyChange(importDocument(start));
    const there = new MemoryReplica('rclient');
    there.importNew(start);
    there.apply(patchChange('candidates', { id: 'c1', set: { title: 'Customer chatbot' } }));

    render(<App />);
    await screen.findByRole('link', { name: 'Offsite' });
    expect(fileListeners.size).toBe(1);
    // The OS hands the file over, as main does after a double-click.
    act(() => {
      for (const listener of fileListeners) {
        listener({
          name: 'offsite.scalepath',
          text: serializeWorkshopFile(there.replicaDocument('w-opened'), META),
        });
      }
    });

    const choice = await screen.findByRole('dialog', {
      name: '“Offsite” is already in your library',
    });
    expect(choice.textContent).toContain('from “Client’s laptop”');
    expect(within(choice).getByRole('button', { name: 'Import as a separate copy' })).toBeTruthy();
    fireEvent.click(within(choice).getByRole('button', { name: 'Merge into “Offsite”' }));
    const merge = await screen.findByRole('dialog', {
      name: 'Merge “offsite.scalepath” into “Offsite”',
    });
    expect(within(merge).getByRole('status').textContent).toBe('1 change applies automatically');
    // Nothing is written before Apply.
    expect((await repo.loadDocument('w-opened'))?.candidates[0]?.title).toBe('Chatbot');
    fireEvent.click(within(merge).getByRole('button', { name: 'Apply merge' }));
    await waitFor(async () =>
      expect((await repo.loadDocument('w-opened'))?.candidates[0]?.title).toBe('Customer chatbot'),
    );
    // And the merged workshop is opened, as after an import from the library.
    expect(await screen.findByText('The workshop screen')).toBeTruthy();
  });

  it('comes in as the same workshop, and opens, when it is not in the library yet', async () => {
    const repo = createRepository(new ScalepathDatabase('app-file-opened-new'));
    setRepository(repo);
    const replica = createdReplica(
      aDocument({ workshop: { id: 'w-new', title: 'Kick-off' } }, testEnv()),
      ['rorigin', 1],
    );
    render(<App />);
    await screen.findByRole('button', { name: 'New workshop' });
    expect(fileListeners.size).toBe(1);
    act(() => {
      for (const listener of fileListeners) {
        listener({ name: 'kick-off.scalepath', text: serializeWorkshopFile(replica, META) });
      }
    });
    expect(await screen.findByText('The workshop screen')).toBeTruthy();
    expect((await repo.loadReplicaDocument('w-new'))?.versions).toEqual(replica.versions);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
