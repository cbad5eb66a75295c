import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BrowserWindow,
  dialog,
  FakeWebContents,
  ipcEvent,
  ipcMain,
  resetFakeElectron,
} from './fake-electron.ts';
import { FOREIGN_SENDER_MESSAGE, registerIpcHandlers } from '../../electron/main/ipc.ts';
import { IpcChannel } from '../../shared/ipc/channels.ts';
import { MAX_FILE_BYTES } from '../../shared/file/precheck.ts';
import {
  ipcInvokeSchemas,
  MAX_PDF_BYTES,
  MAX_WORKSHOP_FILE_BYTES,
} from '../../shared/ipc/contract.ts';
import type { BackupEntry } from '../../shared/ipc/contract.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let dir: string;
let appWindow: BrowserWindow | null;
const onRendererListening = vi.fn();
const onBackupsWritten = vi.fn();

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'scalepath-ipc-'));
  appWindow = new BrowserWindow({});
  registerIpcHandlers({
    getAppWindow: () => appWindow as unknown as Electron.BrowserWindow | null,
    onRendererListening,
    backupsFolder: () => join(dir, 'backups'),
    onBackupsWritten,
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = ipcMain.invokeHandlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

function fromApp(): ReturnType<typeof ipcEvent> {
  if (appWindow === null) throw new Error('no window');
  return ipcEvent(appWindow.webContents);
}

const VALID_ARGS: Record<string, unknown[]> = {
  [IpcChannel.openWorkshopFile]: [],
  [IpcChannel.saveWorkshopFile]: [{ suggestedName: 'Acme.scalepath', text: '{}' }],
  [IpcChannel.savePdf]: [{ suggestedName: 'Acme.pdf', bytes: new Uint8Array([1]) }],
  [IpcChannel.saveCsv]: [{ suggestedName: 'Acme.csv', text: 'Title\r\n' }],
  [IpcChannel.openAudienceWindow]: [{ workshopId: 'w1', view: 'matrix' }],
  [IpcChannel.appVersion]: [],
  [IpcChannel.backupWorkshops]: [
    { backups: [{ workshopId: 'w1', text: '{}', title: 'Acme', candidateCount: 0 }] },
  ],
  [IpcChannel.listBackups]: [],
  [IpcChannel.readBackup]: [{ workshopId: 'w1', name: '2026-12-01T18-00-00.000Z.scalepath' }],
};

describe('IPC senders', () => {
  it('answers the app window', async () => {
    expect(await invoke(IpcChannel.appVersion, fromApp())).toBe('0.1.0');
  });

  const foreignSenders: [string, () => unknown][] = [
    ['another window', () => ipcEvent(new FakeWebContents())],
    [
      'an iframe inside the app window',
      () => {
        const contents = appWindow?.webContents ?? new FakeWebContents();
        return ipcEvent(contents, {
          url: 'app://scalepath/frame.html',
          parent: contents.mainFrame,
        });
      },
    ],
    [
      'the app window after it navigated away',
      () => {
        const contents = appWindow?.webContents ?? new FakeWebContents();
        return ipcEvent(contents, { url: 'https://evil.example/', parent: null });
      },
    ],
    [
      'a frame on another app:// host',
      () => {
        const contents = appWindow?.webContents ?? new FakeWebContents();
        return ipcEvent(contents, { url: 'app://evil/index.html', parent: null });
      },
    ],
    ['a destroyed frame', () => ipcEvent(appWindow?.webContents ?? new FakeWebContents(), null)],
  ];

  it('covers every invoke channel the contract has', () => {
    expect(Object.keys(VALID_ARGS).sort()).toEqual(
      Object.keys(ipcInvokeSchemas)
        .map((key) => IpcChannel[key as keyof typeof ipcInvokeSchemas])
        .sort(),
    );
  });

  for (const channel of Object.keys(VALID_ARGS)) {
    it.each(foreignSenders)(`refuses ${channel} from %s`, async (_who, makeEvent) => {
      await expect(invoke(channel, makeEvent(), ...(VALID_ARGS[channel] ?? []))).rejects.toThrow(
        FOREIGN_SENDER_MESSAGE,
      );
      expect(dialog.showOpenDialog).not.toHaveBeenCalled();
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    });
  }

  it('refuses everything while there is no app window', async () => {
    const event = fromApp();
    appWindow = null;
    await expect(invoke(IpcChannel.appVersion, event)).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
  });

  it('drops a "listening" message from a foreign sender or with arguments', () => {
    const listening = ipcMain.messageHandlers.get(IpcChannel.fileOpenedListening);
    listening?.(ipcEvent(new FakeWebContents()));
    listening?.(fromApp(), 'extra');
    expect(onRendererListening).not.toHaveBeenCalled();
    listening?.(fromApp());
    expect(onRendererListening).toHaveBeenCalledTimes(1);
  });
});

describe('IPC payloads', () => {
  const save = (request: unknown) => invoke(IpcChannel.saveWorkshopFile, fromApp(), request);
  const ok = { suggestedName: 'Acme.scalepath', text: '{}' };

  it.each<[string, unknown[], RegExp]>([
    ['no request', [], /save the workshop/],
    ['a null request', [null], /save the workshop/],
    ['positional arguments instead of one request', ['Acme.scalepath', '{}'], /save the workshop/],
    ['a numeric name', [{ ...ok, suggestedName: 42 }], /save the workshop/],
    ['numeric text', [{ ...ok, text: 42 }], /save the workshop/],
    ['a name with a /', [{ ...ok, suggestedName: '../../.bashrc' }], /contains a \/ or \\/],
    ['a name with a \\', [{ ...ok, suggestedName: '..\\evil.scalepath' }], /contains a \/ or \\/],
    ['an absolute path', [{ ...ok, suggestedName: '/etc/passwd' }], /contains a \/ or \\/],
    ['a drive-relative name', [{ ...ok, suggestedName: 'C:evil.scalepath' }], /< > : "/],
    ['an empty name', [{ ...ok, suggestedName: '' }], /is empty/],
    ['a 256-character name', [{ ...ok, suggestedName: 'a'.repeat(256) }], /longer than 255/],
    ['a control character', [{ ...ok, suggestedName: 'a\u0000.scalepath' }], /control/],
    ['".."', [{ ...ok, suggestedName: '..' }], /not a file name/],
    ['an extra property', [{ ...ok, path: '/etc/passwd' }], /Unrecognized key/],
    ['an extra argument', [ok, '/etc/passwd'], /save the workshop/],
  ])('refuses %s', async (_what, args, message) => {
    const error = await invoke(IpcChannel.saveWorkshopFile, fromApp(), ...args).catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^Scalepath refused the request to save the workshop: /,
    );
    expect((error as Error).message).toMatch(message);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses workshop text that import would refuse: over 20 MB of UTF-8, however few characters', async () => {
    // 2 bytes each: 22 MB in 11 million characters.
    const cyrillic = 'ж'.repeat(11 * 1024 * 1024);
    expect(cyrillic.length).toBeLessThan(MAX_FILE_BYTES);
    await expect(save({ ...ok, text: cyrillic })).rejects.toThrow(
      'the workshop is larger than 20 MB and cannot be saved',
    );
    await expect(save({ ...ok, text: 'x'.repeat(MAX_FILE_BYTES + 1) })).rejects.toThrow(
      'larger than 20 MB',
    );
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['numbers instead of bytes', [37, 80, 68, 70]],
    ['a string instead of bytes', '%PDF-1.7'],
    ['an ArrayBuffer instead of a Uint8Array', new ArrayBuffer(4)],
  ])('refuses a PDF given as %s', async (_what, bytes) => {
    await expect(
      invoke(IpcChannel.savePdf, fromApp(), { suggestedName: 'deck.pdf', bytes }),
    ).rejects.toThrow('the PDF is not a byte array');
  });

  it('refuses a CSV with a path for a name, or that is not text', async () => {
    await expect(
      invoke(IpcChannel.saveCsv, fromApp(), { suggestedName: '../x.csv', text: 'a' }),
    ).rejects.toThrow(/^Scalepath refused the request to save the CSV file/);
    await expect(
      invoke(IpcChannel.saveCsv, fromApp(), { suggestedName: 'x.csv', text: 42 }),
    ).rejects.toThrow(/^Scalepath refused the request to save the CSV file/);
  });

  it('refuses a PDF over 100 MB', async () => {
    const bytes = new Uint8Array(MAX_PDF_BYTES + 1);
    await expect(
      invoke(IpcChannel.savePdf, fromApp(), { suggestedName: 'deck.pdf', bytes }),
    ).rejects.toThrow('larger than 100 MB');
  });

  it('refuses arguments to the argument-less calls', async () => {
    await expect(invoke(IpcChannel.openWorkshopFile, fromApp(), '/etc/passwd')).rejects.toThrow(
      'Scalepath refused the request to open a workshop file',
    );
    await expect(invoke(IpcChannel.appVersion, fromApp(), 1)).rejects.toThrow(
      'Scalepath refused the request to read the app version',
    );
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('IPC file operations', () => {
  it('saves a workshop where the user chose, adding the extension the dialog left off', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'Acme') });
    await expect(
      invoke(IpcChannel.saveWorkshopFile, fromApp(), {
        suggestedName: 'Acme.scalepath',
        text: '{}',
      }),
    ).resolves.toBe(true);
    expect(await readFile(join(dir, 'Acme.scalepath'), 'utf8')).toBe('{}');
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(appWindow);
    expect(options).toMatchObject({
      defaultPath: expect.stringMatching(/Acme\.scalepath$/),
      filters: [{ name: 'Scalepath workshop', extensions: ['scalepath'] }],
    });
  });

  it('saves PDF bytes', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'd.pdf') });
    const bytes = new Uint8Array([37, 80, 68, 70]);
    await expect(
      invoke(IpcChannel.savePdf, fromApp(), { suggestedName: 'd.pdf', bytes }),
    ).resolves.toBe(true);
    expect(await readFile(join(dir, 'd.pdf'), 'utf8')).toBe('%PDF');
  });

  it('answers false and writes nothing when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(
      invoke(IpcChannel.saveWorkshopFile, fromApp(), VALID_ARGS[IpcChannel.saveWorkshopFile]?.[0]),
    ).resolves.toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a failed write in plain words', async () => {
    const filePath = join(dir, 'missing-folder', 'Acme.scalepath');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
    await expect(
      invoke(IpcChannel.saveWorkshopFile, fromApp(), { suggestedName: 'Acme.scalepath', text: '' }),
    ).rejects.toThrow(
      'Scalepath could not save "Acme.scalepath": the file or its folder does not exist.',
    );
  });

  it('opens a chosen workshop file, or null on cancel', async () => {
    const path = join(dir, 'Acme.scalepath');
    await writeFile(path, '{"ok":true}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(invoke(IpcChannel.openWorkshopFile, fromApp())).resolves.toEqual({
      name: 'Acme.scalepath',
      text: '{"ok":true}',
    });
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      filters: [{ extensions: ['scalepath'] }],
    });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(invoke(IpcChannel.openWorkshopFile, fromApp())).resolves.toBeNull();
  });

  it('refuses to open a file over 20 MB, saying so', async () => {
    const path = join(dir, 'huge.scalepath');
    await writeFile(path, '');
    await truncate(path, MAX_WORKSHOP_FILE_BYTES * 2);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(invoke(IpcChannel.openWorkshopFile, fromApp())).rejects.toThrow(
      '“huge.scalepath” is 40 MB, and a Scalepath workshop file is at most 20 MB. Check that it is the right file, or ask the sender to export the workshop from Scalepath again. Nothing in your library was changed.',
    );
  });
});

describe('the backup channel', () => {
  it('keeps each workshop under its own folder, named by main, and says the quit may go on', async () => {
    await expect(
      invoke(IpcChannel.backupWorkshops, fromApp(), {
        backups: [
          { workshopId: 'w-one', text: '{"one":1}', title: 'One', candidateCount: 1 },
          { workshopId: 'w-two', text: '{"two":2}', title: 'Two', candidateCount: 2 },
        ],
      }),
    ).resolves.toBe(true);
    // The backup, and the folder's index of its backups for the restore list.
    const one = (await readdir(join(dir, 'backups', 'w-one'))).filter((n) => n !== 'index.json');
    expect(one).toHaveLength(1);
    expect(one[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.scalepath$/);
    expect(await readFile(join(dir, 'backups', 'w-one', one[0] ?? ''), 'utf8')).toBe('{"one":1}');
    expect(await readdir(join(dir, 'backups'))).toEqual(['w-one', 'w-two']);
    expect(onBackupsWritten).toHaveBeenCalledTimes(1);
    // Nothing changed at quit: an empty list, still an answer.
    await expect(invoke(IpcChannel.backupWorkshops, fromApp(), { backups: [] })).resolves.toBe(
      true,
    );
    expect(onBackupsWritten).toHaveBeenCalledTimes(2);
  });

  const item = { workshopId: 'w1', text: '{}', title: 'Acme', candidateCount: 1 };
  it.each<[string, unknown]>([
    ['a path for a workshop id', { backups: [{ ...item, workshopId: '../../etc' }] }],
    ['an empty workshop id', { backups: [{ ...item, workshopId: '' }] }],
    ['text that is not text', { backups: [{ ...item, text: 42 }] }],
    ['a field of its own', { backups: [{ ...item, path: '/tmp/x' }] }],
    ['no candidate count', { backups: [{ workshopId: 'w1', text: '{}', title: 'Acme' }] }],
    ['a count that is not one', { backups: [{ ...item, candidateCount: -1 }] }],
    [
      'more workshops than one call takes',
      { backups: Array.from({ length: 201 }, (_, i) => ({ ...item, workshopId: `w${i}` })) },
    ],
  ])('refuses %s, and writes nothing', async (_what, request) => {
    await expect(invoke(IpcChannel.backupWorkshops, fromApp(), request)).rejects.toThrow(
      /^Scalepath refused the request to back up the workshops: /,
    );
    await expect(readdir(join(dir, 'backups'))).rejects.toThrow();
    expect(onBackupsWritten).not.toHaveBeenCalled();
  });

  it('lists the backups kept, newest first, and reads the one asked for by its workshop and name', async () => {
    await expect(invoke(IpcChannel.listBackups, fromApp())).resolves.toEqual([]);
    await invoke(IpcChannel.backupWorkshops, fromApp(), {
      backups: [{ workshopId: 'w-one', text: '{"one":1}', title: 'One', candidateCount: 1 }],
    });
    const [entry, ...rest] = (await invoke(IpcChannel.listBackups, fromApp())) as BackupEntry[];
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ workshopId: 'w-one', title: 'One', candidateCount: 1 });
    await expect(
      invoke(IpcChannel.readBackup, fromApp(), { workshopId: 'w-one', name: entry?.name }),
    ).resolves.toEqual({ name: entry?.name, text: '{"one":1}' });
  });

  it.each<[string, unknown]>([
    [
      'a path for a workshop',
      { workshopId: '../w-one', name: '2026-12-01T18-00-00.000Z.scalepath' },
    ],
    ['a path for a name', { workshopId: 'w-one', name: '../../secrets.scalepath' }],
    ['a name Scalepath never wrote', { workshopId: 'w-one', name: 'notes.scalepath' }],
    ['no name', { workshopId: 'w-one' }],
  ])('refuses to read %s', async (_what, request) => {
    await expect(invoke(IpcChannel.readBackup, fromApp(), request)).rejects.toThrow(
      /^Scalepath refused the request to read a backup: /,
    );
  });
});
