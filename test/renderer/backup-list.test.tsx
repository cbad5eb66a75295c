// @vitest-environment jsdom
/**
 * "Restore from a backup…" on the desktop (issue 14): every kept backup with its time and
 * candidates then and now; "What changed since?" reads the backup and says what changed in
 * words; Restore hands the file to the import (merge-or-copy) flow and nothing else.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createdReplica } from '../../shared/domain/document.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import type { BackupEntry } from '../../shared/ipc/contract.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import type * as DialogModule from '../../renderer/features/files/BackupListDialog.tsx';
import { aDocument, testEnv } from '../fixtures/builders.ts';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');

const NAME = '2026-12-01T09-00-00.000Z.scalepath';
const entries: BackupEntry[] = [
  {
    workshopId: 'w1',
    name: NAME,
    time: '2026-12-01T09:00:00.000Z',
    title: 'Acme',
    candidateCount: 2,
  },
  {
    workshopId: 'w-gone',
    name: NAME,
    time: '2026-11-30T09:00:00.000Z',
    title: 'Deleted one',
    candidateCount: 5,
  },
];
const files = new Map<string, string>();
const backups = {
  write: vi.fn(async () => true),
  onBackupNow: vi.fn(() => () => undefined),
  list: vi.fn(async () => entries),
  read: vi.fn(async (workshopId: string, name: string) => ({
    name,
    text: files.get(workshopId) ?? '',
  })),
};
const importWorkshopFile = vi.fn(async () => undefined);
vi.mock('../../renderer/platform/index.ts', () => ({ platform: { kind: 'desktop', backups } }));
vi.mock('../../renderer/features/files/files.ts', () => ({ importWorkshopFile }));

let BackupListDialog: typeof DialogModule.BackupListDialog;
beforeAll(async () => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
  ({ BackupListDialog } = await import('../../renderer/features/files/BackupListDialog.tsx'));
});
afterEach(cleanup);

describe('the desktop restore list', () => {
  it('lists the backups, says what changed since one, and restores through the import flow', async () => {
    const repo = createRepository(new ScalepathDatabase('backup-list'));
    setRepository(repo);
    const then = aDocument(
      {
        workshop: { id: 'w1', title: 'Acme' },
        candidates: [
          { id: 'c1', title: 'Chatbot' },
          { id: 'c2', title: 'Churn' },
        ],
      },
      testEnv(),
    );
    const fileOf = (doc: typeof then) =>
      serializeWorkshopFile(createdReplica(doc, ['r1', 1]), {
        appVersion: '0.1.0',
        exportedAt: '2026-12-01T09:00:00.000Z',
        replica: { id: 'r1', name: 'Laptop' },
      });
    files.set('w1', fileOf(then));
    files.set(
      'w-gone',
      fileOf(aDocument({ workshop: { id: 'w-gone', title: 'Deleted one' } }, testEnv())),
    );
    // Since then: Churn deleted, Lead scoring added.
    await repo.applyChange(
      createDocument({
        ...then,
        candidates: [
          then.candidates[0]!,
          { ...then.candidates[1]!, id: 'c3', title: 'Lead scoring' },
        ],
      }),
    );

    const onClose = vi.fn();
    render(<BackupListDialog onClose={onClose} />);
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    // Then, and now once the library is read.
    await vi.waitFor(() => expect(within(table).getAllByText('2 candidates')).toHaveLength(2));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1 Dec 2026, 09:00', '2 candidates', '2 candidates', expect.any(String)],
      ['30 Nov 2026, 09:00', '5 candidates', 'deleted', expect.any(String)],
    ]);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Deleted one');

    fireEvent.click(screen.getByRole('button', { name: /^What changed since: Acme, / }));
    const changes = await screen.findByRole('region', { name: /^Since the backup of/ });
    expect(await within(changes).findAllByRole('listitem')).toHaveLength(2);
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 candidate added: “Lead scoring”.', '1 candidate deleted: “Churn”.']);

    fireEvent.click(screen.getByRole('button', { name: /^What changed since: Deleted one, / }));
    expect(
      await screen.findByText(
        'The workshop is not in the library now: restoring brings it back as it was then.',
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /^Restore: Acme, / }));
    await vi.waitFor(() => expect(importWorkshopFile).toHaveBeenCalledTimes(1));
    expect(importWorkshopFile).toHaveBeenCalledWith({ name: NAME, text: files.get('w1') });
    expect(backups.read).toHaveBeenLastCalledWith('w1', NAME);
    expect(onClose).toHaveBeenCalled();
  });
});
