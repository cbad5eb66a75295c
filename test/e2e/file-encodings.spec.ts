import { createdReplica } from '../../shared/domain/document.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { expect, test } from './fixtures.ts';
import { HomePage } from './pages.ts';

/** The browser reads a picked file by the one decoding rule, and refuses in the same words. */
const TITLE = 'Café-Planung für Müller';

function workshopText(): string {
  const doc = aDocument(
    { workshop: { id: 'w-enc', title: TITLE }, candidates: [{ title: 'Prüfung der Lieferkette' }] },
    testEnv(),
  );
  return serializeWorkshopFile(createdReplica(doc, ['rlatin', 1]), {
    appVersion: '1.0.0',
    exportedAt: '2026-01-31T09:00:00.000Z',
    replica: { id: 'rlatin', name: 'Jürgen’s laptop' },
  });
}

async function importBytes(home: HomePage, name: string, buffer: Buffer): Promise<void> {
  const choosing = home.page.waitForEvent('filechooser');
  await home.page.getByRole('button', { name: 'Import a workshop file…' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/json', buffer });
}

test('a Latin-1 file is refused in plain words, a UTF-16 one comes in exactly', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();

  // Latin-1 has no curly quotes: the laptop name is written with a straight one.
  const latin1 = Buffer.from(workshopText().replace(/[\u0100-\uffff]/g, "'"), 'latin1');
  await importBytes(home, 'latin1.scalepath', latin1);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    '“latin1.scalepath” is not UTF-8 text (it looks like another encoding, such as Latin-1)',
  );
  await expect(alert).toContainText('Nothing in your library was changed.');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(home.workshops).toHaveCount(0);

  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(workshopText(), 'utf16le')]);
  await importBytes(home, 'utf16.scalepath', utf16);
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveText(['Prüfung der Lieferkette']);
});

test('a file over 20 MB is refused before reading, saying its size and that nothing changed', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await importBytes(home, 'huge.scalepath', Buffer.alloc(21_111_330, 0x20));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    '“huge.scalepath” is 20.2 MB, and a Scalepath workshop file is at most 20 MB.',
  );
  await expect(alert).toContainText('Nothing in your library was changed.');
});
