import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { dialog, FakeWebContents, resetFakeElectron } from './fake-electron.ts';
import { createFileOpener, findWorkshopFilesInArgv } from '../../electron/main/open-files.ts';
import { IpcChannel } from '../../shared/ipc/channels.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

describe('findWorkshopFilesInArgv', () => {
  const cwd = resolve('/home/ada');

  it.each<[string, string[], string[]]>([
    [
      'a packaged launch by double-click',
      ['/opt/Scalepath/scalepath', '/w/Acme.scalepath'],
      ['/w/Acme.scalepath'],
    ],
    ['a dev launch', ['electron', '.', 'pilot.scalepath'], ['pilot.scalepath']],
    ['no file', ['/opt/Scalepath/scalepath'], []],
    [
      'Chromium flags',
      ['scalepath', '--no-sandbox', '--original-process-start-time=1', 'a.scalepath'],
      ['a.scalepath'],
    ],
    ['a macOS process serial number', ['Scalepath', '-psn_0_12345'], []],
    ['other file kinds', ['scalepath', 'notes.txt', 'deck.pdf'], []],
    ['the extension in capitals', ['scalepath', 'OLD.SCALEPATH'], ['OLD.SCALEPATH']],
  ])('handles %s', (_what, argv, expected) => {
    expect(findWorkshopFilesInArgv(argv, cwd)).toEqual(expected.map((path) => resolve(cwd, path)));
  });

  it('accepts file:// URLs from Linux desktop entries', () => {
    const path = resolve('/w/My workshop.scalepath');
    expect(findWorkshopFilesInArgv(['scalepath', pathToFileURL(path).href], cwd)).toEqual([path]);
  });
});

describe('createFileOpener', () => {
  let dir: string;
  let target: FakeWebContents | null;
  const showError = vi.fn();

  beforeEach(async () => {
    resetFakeElectron();
    showError.mockClear();
    dir = await mkdtemp(join(tmpdir(), 'scalepath-open-'));
    target = new FakeWebContents();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function opener() {
    return createFileOpener({
      getTarget: () => target as unknown as WebContents | null,
      showError,
    });
  }

  async function workshop(name: string, text = '{}'): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  }

  it('holds files opened before the renderer listens, then sends them in order', async () => {
    const files = opener();
    await files.openPath(await workshop('a.scalepath', 'A'));
    await files.openPath(await workshop('b.scalepath', 'B'));
    expect(target?.send).not.toHaveBeenCalled();
    files.markListening();
    expect(target?.send.mock.calls).toEqual([
      [IpcChannel.fileOpened, { name: 'a.scalepath', text: 'A' }],
      [IpcChannel.fileOpened, { name: 'b.scalepath', text: 'B' }],
    ]);
  });

  it('sends at once while listening, and holds again while the page reloads', async () => {
    const files = opener();
    files.markListening();
    await files.openPath(await workshop('a.scalepath'));
    expect(target?.send).toHaveBeenCalledTimes(1);
    files.markNotListening();
    await files.openPath(await workshop('b.scalepath'));
    expect(target?.send).toHaveBeenCalledTimes(1);
    files.markListening();
    expect(target?.send).toHaveBeenCalledTimes(2);
  });

  it('holds files while there is no window', async () => {
    target = null;
    const files = opener();
    files.markListening();
    await files.openPath(await workshop('a.scalepath'));
    target = new FakeWebContents();
    files.markListening();
    expect(target.send).toHaveBeenCalledTimes(1);
  });

  it('tells the user, and sends nothing, when a file is too large or not a workshop', async () => {
    const files = opener();
    files.markListening();
    const huge = await workshop('huge.scalepath');
    await truncate(huge, 25 * 1024 * 1024);
    await files.openPath(huge);
    await files.openPath(await workshop('notes.txt'));
    expect(target?.send).not.toHaveBeenCalled();
    expect(showError.mock.calls).toEqual([
      [
        '“huge.scalepath” is 25 MB, and a Scalepath workshop file is at most 20 MB. Check that it is the right file, or ask the sender to export the workshop from Scalepath again. Nothing in your library was changed.',
      ],
      ['"notes.txt" is not a Scalepath workshop file (.scalepath).'],
    ]);
  });

  it('sends the decoded text of a UTF-16 file, and refuses a Latin-1 one, sending nothing', async () => {
    const files = opener();
    files.markListening();
    const text = '{"title":"Café-Planung für Müller"}';
    const utf16 = join(dir, 'utf16.scalepath');
    await writeFile(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    await files.openPath(utf16);
    const latin1 = join(dir, 'latin1.scalepath');
    await writeFile(latin1, Buffer.from(text, 'latin1'));
    await files.openPath(latin1);
    expect(target?.send.mock.calls).toEqual([
      [IpcChannel.fileOpened, { name: 'utf16.scalepath', text }],
    ]);
    expect(showError).toHaveBeenCalledTimes(1);
    expect(showError.mock.calls[0]?.[0]).toMatch(
      /^“latin1\.scalepath” is not UTF-8 text \(it looks like another encoding, such as Latin-1\)/,
    );
  });

  it('keeps only the latest few files while nobody listens', async () => {
    const files = opener();
    for (let index = 0; index < 12; index += 1) {
      await files.openPath(await workshop(`w${index}.scalepath`, String(index)));
    }
    files.markListening();
    const sent = target?.send.mock.calls.map((call) => (call[1] as { text: string }).text);
    expect(sent).toEqual(['4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('File > Open… sends the chosen file like a double-clicked one', async () => {
    const files = opener();
    files.markListening();
    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [await workshop('menu.scalepath', 'M')],
    });
    await files.openFromDialog(null);
    expect(target?.send).toHaveBeenCalledWith(IpcChannel.fileOpened, {
      name: 'menu.scalepath',
      text: 'M',
    });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await files.openFromDialog(null);
    expect(target?.send).toHaveBeenCalledTimes(1);
  });
});
