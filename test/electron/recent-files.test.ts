import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { FakeWebContents, resetFakeElectron } from './fake-electron.ts';
import { createFileOpener } from '../../electron/main/open-files.ts';
import {
  createRecentFiles,
  isListablePath,
  MAX_RECENT_FILES,
  openRecentFile,
  parseRecentFiles,
  RECENT_FILES_FILE_NAME,
  serializeRecentFiles,
  withRecentFile,
} from '../../electron/main/recent-files.ts';
import type { RecentFilesOptions } from '../../electron/main/recent-files.ts';
import { IpcChannel } from '../../shared/ipc/channels.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let dir: string;
let storePath: string;

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'scalepath-recent-'));
  storePath = join(dir, RECENT_FILES_FILE_NAME);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function store(overrides: Partial<RecentFilesOptions> = {}) {
  return createRecentFiles({
    filePath: storePath,
    platform: 'linux',
    onChange: vi.fn(),
    ...overrides,
  });
}

async function stored(): Promise<unknown> {
  return JSON.parse(await readFile(storePath, 'utf8'));
}

async function workshop(name: string, text = '{}'): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('the recent-files store', () => {
  it('starts empty when there is no file yet', async () => {
    const recent = store();
    await recent.loaded;
    expect(recent.list()).toEqual([]);
  });

  it('keeps the newest first, writes it to userData, and reads it back after a restart', async () => {
    const onChange = vi.fn();
    const recent = store({ onChange });
    await recent.add('/w/a.scalepath');
    await recent.add('/w/b.scalepath');
    expect(recent.list()).toEqual(['/w/b.scalepath', '/w/a.scalepath']);
    expect(onChange).toHaveBeenLastCalledWith(['/w/b.scalepath', '/w/a.scalepath']);
    expect(await stored()).toEqual({ version: 1, paths: ['/w/b.scalepath', '/w/a.scalepath'] });

    const restarted = store();
    await restarted.loaded;
    expect(restarted.list()).toEqual(['/w/b.scalepath', '/w/a.scalepath']);
  });

  it('lists a file once: opening it again moves it to the top', async () => {
    const recent = store();
    await recent.add('/w/a.scalepath');
    await recent.add('/w/b.scalepath');
    await recent.add('/w/a.scalepath');
    expect(recent.list()).toEqual(['/w/a.scalepath', '/w/b.scalepath']);
  });

  it('treats paths differing only in letter case as one file on Windows and macOS', () => {
    expect(withRecentFile(['C:\\W\\Acme.scalepath'], 'c:\\w\\acme.scalepath', 'win32')).toEqual([
      'c:\\w\\acme.scalepath',
    ]);
    expect(withRecentFile(['/W/Acme.scalepath'], '/w/acme.scalepath', 'darwin')).toHaveLength(1);
    expect(withRecentFile(['/W/Acme.scalepath'], '/w/acme.scalepath', 'linux')).toHaveLength(2);
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const recent = store();
    for (let index = 0; index < 12; index += 1) await recent.add(`/w/${index}.scalepath`);
    expect(recent.list()).toHaveLength(MAX_RECENT_FILES);
    expect(recent.list()[0]).toBe('/w/11.scalepath');
    expect(recent.list().at(-1)).toBe('/w/2.scalepath');
    expect((await stored()) as { paths: string[] }).toEqual({
      version: 1,
      paths: recent.list(),
    });
  });

  it('ignores what is not a listable path', async () => {
    const recent = store();
    await recent.add('relative.scalepath');
    await recent.add('/w/notes.txt');
    expect(recent.list()).toEqual([]);
  });

  it('removes one entry, and clears them all (telling macOS too)', async () => {
    const onAdd = vi.fn();
    const onClear = vi.fn();
    const recent = store({ onAdd, onClear });
    await recent.add('/w/a.scalepath');
    await recent.add('/w/b.scalepath');
    expect(onAdd.mock.calls).toEqual([['/w/a.scalepath'], ['/w/b.scalepath']]);
    await recent.remove('/w/a.scalepath');
    expect(recent.list()).toEqual(['/w/b.scalepath']);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual({ version: 1, paths: [] });
  });

  it('keeps the stored entries when a file is opened while they are still being read', async () => {
    await writeFile(storePath, serializeRecentFiles(['/w/old.scalepath']));
    const recent = store();
    // No await on `loaded`: a file named on the command line is opened at once.
    const adding = recent.add('/w/new.scalepath');
    await adding;
    expect(recent.list()).toEqual(['/w/new.scalepath', '/w/old.scalepath']);
  });

  it('ends with the file holding the last list, however quickly changes come', async () => {
    const recent = store();
    await Promise.all(Array.from({ length: 6 }, (_, index) => recent.add(`/w/${index}.scalepath`)));
    expect(((await stored()) as { paths: string[] }).paths).toEqual(recent.list());
    expect(recent.list()[0]).toBe('/w/5.scalepath');
  });

  it('still works for the session when the list cannot be written', async () => {
    const recent = createRecentFiles({
      filePath: join(dir, 'no-such-folder', RECENT_FILES_FILE_NAME),
      platform: 'linux',
      onChange: vi.fn(),
    });
    await expect(recent.add('/w/a.scalepath')).resolves.toBeUndefined();
    expect(recent.list()).toEqual(['/w/a.scalepath']);
  });
});

describe('a corrupt or hostile list on disk', () => {
  it.each<[string, string | Uint8Array]>([
    ['truncated JSON', '{"version":1,"paths":["/w/a.scal'],
    ['not JSON at all', 'hello'],
    ['another version', JSON.stringify({ version: 2, paths: ['/w/a.scalepath'] })],
    ['paths that are not a list', JSON.stringify({ version: 1, paths: '/w/a.scalepath' })],
    ['JSON null', 'null'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['a file far larger than ten paths', `{"version":1,"paths":["${'x'.repeat(100_000)}"]}`],
  ])('is ignored without crashing: %s', async (_what, content) => {
    await writeFile(storePath, content);
    const recent = store();
    await expect(recent.loaded).resolves.toBeUndefined();
    expect(recent.list()).toEqual([]);
    // The next change writes a good file over it.
    await recent.add('/w/a.scalepath');
    expect(await stored()).toEqual({ version: 1, paths: ['/w/a.scalepath'] });
  });

  it('is ignored when a folder stands where the file should be', async () => {
    await mkdir(storePath);
    const recent = store();
    await expect(recent.loaded).resolves.toBeUndefined();
    expect(recent.list()).toEqual([]);
  });

  it('keeps only the entries that are absolute, canonical .scalepath paths', () => {
    const text = JSON.stringify({
      version: 1,
      paths: [
        '/w/good.scalepath',
        'relative.scalepath',
        '/w/../etc/evil.scalepath',
        '/w//double.scalepath',
        '/w/notes.txt',
        '/w/new\nline.scalepath',
        `/${'x'.repeat(5000)}.scalepath`,
        42,
        null,
        { path: '/w/object.scalepath' },
        '/w/good.scalepath',
        '/w/second.scalepath',
      ],
    });
    expect(parseRecentFiles(text, 'linux')).toEqual(['/w/good.scalepath', '/w/second.scalepath']);
  });

  it.each<[string, boolean]>([
    ['C:\\Users\\ada\\Acme.scalepath', true],
    ['\\\\server\\share\\Acme.scalepath', true],
    ['\\\\.\\C:\\Acme.scalepath', false],
    ['\\\\?\\C:\\Acme.scalepath', false],
    ['C:Acme.scalepath', false],
    ['C:\\Users\\..\\Acme.scalepath', false],
    ['Acme.scalepath', false],
  ])('on Windows, %s is listable: %s', (path, expected) => {
    expect(isListablePath(path, 'win32')).toBe(expected);
  });
});

describe('File > Open Recent > <file>', () => {
  function opener(target: FakeWebContents) {
    const showError = vi.fn();
    const files = createFileOpener({
      getTarget: () => target as unknown as WebContents,
      showError,
    });
    files.markListening();
    return { files, showError };
  }

  it('opens the file exactly as File > Open… does: read in main, handed to the renderer', async () => {
    const target = new FakeWebContents();
    const { files, showError } = opener(target);
    const recent = store();
    const path = await workshop('Acme.scalepath', '{"a":1}');
    await recent.add(path);
    await openRecentFile(path, {
      recent,
      platform: 'linux',
      openPath: (p) => files.openPath(p),
      showError,
    });
    expect(target.send).toHaveBeenCalledWith(IpcChannel.fileOpened, {
      name: 'Acme.scalepath',
      text: '{"a":1}',
    });
    expect(showError).not.toHaveBeenCalled();
    expect(recent.list()).toEqual([path]);
  });

  it('drops a file that is gone, with a plain message', async () => {
    const target = new FakeWebContents();
    const { files, showError } = opener(target);
    const recent = store();
    const kept = await workshop('kept.scalepath');
    const gone = join(dir, 'Moved away.scalepath');
    await recent.add(kept);
    await recent.add(gone);
    await openRecentFile(gone, {
      recent,
      platform: 'linux',
      openPath: (p) => files.openPath(p),
      showError,
    });
    expect(target.send).not.toHaveBeenCalled();
    expect(showError).toHaveBeenCalledWith(
      `"Moved away.scalepath" is no longer in ${dir}: it may have been moved, renamed or ` +
        'deleted. It has been removed from Open Recent.',
    );
    expect(recent.list()).toEqual([kept]);
    expect(((await stored()) as { paths: string[] }).paths).toEqual([kept]);
  });

  it('keeps a file that exists but cannot be opened, and says why (the reader refuses it)', async () => {
    const target = new FakeWebContents();
    const { files, showError } = opener(target);
    const recent = store();
    const folder = join(dir, 'folder.scalepath');
    await mkdir(folder);
    await recent.add(folder);
    await openRecentFile(folder, {
      recent,
      platform: 'linux',
      openPath: (p) => files.openPath(p),
      showError,
    });
    expect(target.send).not.toHaveBeenCalled();
    expect(showError).toHaveBeenCalledWith('"folder.scalepath" is not a file.');
    expect(recent.list()).toEqual([folder]);
  });

  it('checks the path again before opening: one that is not listable never reaches the reader', async () => {
    const openPath = vi.fn(async () => undefined);
    const recent = store();
    await openRecentFile('/w/../etc/passwd', {
      recent,
      platform: 'linux',
      openPath,
      showError: vi.fn(),
    });
    expect(openPath).not.toHaveBeenCalled();
  });
});
