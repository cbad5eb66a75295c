import type { FileHandle } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  describeFileError,
  hasWorkshopExtension,
  readWorkshopFile,
  withExtension,
  writeFileAtomic,
} from '../../electron/main/files.ts';
import { MAX_WORKSHOP_FILE_BYTES } from '../../shared/ipc/contract.ts';

// Real files in a real temp dir; open and rename pass through unless a test makes them fail.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});

const actualFs = await vi.importActual<typeof FsPromises>('node:fs/promises');

let dir: string;

beforeEach(async () => {
  dir = await actualFs.mkdtemp(join(tmpdir(), 'scalepath-files-'));
});

afterEach(async () => {
  vi.mocked(fs.open).mockImplementation(actualFs.open);
  vi.mocked(fs.rename).mockImplementation(actualFs.rename);
  await actualFs.rm(dir, { recursive: true, force: true });
});

function errorWithCode(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('writeFileAtomic', () => {
  it('creates a new file and leaves no temp file behind', async () => {
    const target = join(dir, 'workshop.scalepath');
    await writeFileAtomic(target, '{"v":1}');
    expect(await actualFs.readFile(target, 'utf8')).toBe('{"v":1}');
    expect(await actualFs.readdir(dir)).toEqual(['workshop.scalepath']);
  });

  it('replaces an existing file whole, text or bytes', async () => {
    const target = join(dir, 'deck.pdf');
    await actualFs.writeFile(target, 'old');
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
    expect(await actualFs.readFile(target, 'utf8')).toBe('%PDF');
    expect(await actualFs.readdir(dir)).toEqual(['deck.pdf']);
  });

  it('keeps the old file and removes the temp file when the rename fails', async () => {
    const target = join(dir, 'workshop.scalepath');
    await actualFs.writeFile(target, 'old contents');
    vi.mocked(fs.rename).mockRejectedValueOnce(errorWithCode('EIO'));
    await expect(writeFileAtomic(target, 'new contents')).rejects.toThrow('EIO');
    expect(await actualFs.readFile(target, 'utf8')).toBe('old contents');
    expect(await actualFs.readdir(dir)).toEqual(['workshop.scalepath']);
  });

  it('keeps the old file and removes a half-written temp file when the disk fills up', async () => {
    const target = join(dir, 'workshop.scalepath');
    await actualFs.writeFile(target, 'old contents');
    vi.mocked(fs.open).mockImplementationOnce(async (...args: Parameters<typeof fs.open>) => {
      const handle = await actualFs.open(...args);
      // Writes half, then fails like a full disk would.
      return {
        writeFile: async () => {
          await handle.write('new con');
          throw errorWithCode('ENOSPC');
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      } as unknown as FileHandle;
    });
    await expect(writeFileAtomic(target, 'new contents')).rejects.toThrow('ENOSPC');
    expect(await actualFs.readFile(target, 'utf8')).toBe('old contents');
    expect(await actualFs.readdir(dir)).toEqual(['workshop.scalepath']);
  });

  it('fails without a trace when the target is a folder (real file system, no mocks)', async () => {
    const target = join(dir, 'taken.scalepath');
    await actualFs.mkdir(target);
    await actualFs.writeFile(join(target, 'inside.txt'), 'keep me');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await actualFs.readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(await actualFs.readdir(dir)).toEqual(['taken.scalepath']);
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the permissions of the file it replaces',
    async () => {
      const target = join(dir, 'shared.scalepath');
      await actualFs.writeFile(target, 'old');
      await actualFs.chmod(target, 0o640);
      await writeFileAtomic(target, 'new');
      expect((await actualFs.stat(target)).mode & 0o777).toBe(0o640);
    },
  );
});

describe('readWorkshopFile', () => {
  it('reads a workshop file as text, named by its file name', async () => {
    const path = join(dir, 'Acme pilot.scalepath');
    await actualFs.writeFile(path, '\uFEFF{"format":"scalepath"}');
    expect(await readWorkshopFile(path)).toEqual({
      name: 'Acme pilot.scalepath',
      text: '{"format":"scalepath"}',
    });
  });

  it('accepts the extension in any letter case', () => {
    expect(hasWorkshopExtension('/a/B.SCALEPATH')).toBe(true);
    expect(hasWorkshopExtension('/a/b.scalepath.txt')).toBe(false);
  });

  it('refuses a file over 20 MB with a clear message, before reading it', async () => {
    const path = join(dir, 'huge.scalepath');
    await actualFs.writeFile(path, '');
    // Sparse: costs no disk space, but stat reports 30 MB.
    await actualFs.truncate(path, 30 * 1024 * 1024);
    const readSpy = vi.fn();
    vi.mocked(fs.open).mockImplementationOnce(async (...args: Parameters<typeof fs.open>) => {
      const handle = await actualFs.open(...args);
      return {
        stat: () => handle.stat(),
        readFile: readSpy,
        close: () => handle.close(),
      } as unknown as FileHandle;
    });
    await expect(readWorkshopFile(path)).rejects.toThrow(
      '“huge.scalepath” is 30 MB, and a Scalepath workshop file is at most 20 MB. Check that it is the right file, or ask the sender to export the workshop from Scalepath again. Nothing in your library was changed.',
    );
    expect(readSpy).not.toHaveBeenCalled();
    await actualFs.truncate(path, MAX_WORKSHOP_FILE_BYTES + 1);
    await expect(readWorkshopFile(path)).rejects.toThrow('is 20.1 MB');
  });

  it('gives a size in MB as the browser and the command line do (rounded up to a tenth)', async () => {
    const path = join(dir, 'big.scalepath');
    await actualFs.writeFile(path, '');
    await actualFs.truncate(path, 63_333_990);
    await expect(readWorkshopFile(path)).rejects.toThrow(
      /^“big\.scalepath” is 60\.4 MB, and a Scalepath workshop file is at most 20 MB\./,
    );
  });

  it('sends exact text from UTF-8 and UTF-16 files with a byte order mark', async () => {
    const text = '{"title":"Café-Planung für Müller 😀"}';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(utf16le);
    utf16be.swap16();
    for (const [name, bytes] of [
      ['utf8.scalepath', Buffer.from(text, 'utf8')],
      ['utf8-bom.scalepath', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      ['utf16le.scalepath', utf16le],
      ['utf16be.scalepath', utf16be],
    ] as const) {
      await actualFs.writeFile(join(dir, name), bytes);
      expect(await readWorkshopFile(join(dir, name)), name).toEqual({ name, text });
    }
  });

  it('refuses a Latin-1 file in plain words instead of sending U+FFFD', async () => {
    const path = join(dir, 'Müller.scalepath');
    await actualFs.writeFile(path, Buffer.from('{"title":"Café-Planung für Müller"}', 'latin1'));
    await expect(readWorkshopFile(path)).rejects.toThrow(
      '“Müller.scalepath” is not UTF-8 text (it looks like another encoding, such as Latin-1), so Scalepath cannot read its accented letters and other characters exactly. Save it again as UTF-8 in the program that changed it, or ask the sender to export the workshop from Scalepath again. Nothing in your library was changed.',
    );
  });

  it('accepts a file of exactly 20 MB', async () => {
    const path = join(dir, 'big.scalepath');
    await actualFs.writeFile(path, 'x'.repeat(MAX_WORKSHOP_FILE_BYTES));
    expect((await readWorkshopFile(path)).text).toHaveLength(MAX_WORKSHOP_FILE_BYTES);
  });

  it('refuses other extensions, folders, binary files and missing files in plain words', async () => {
    await actualFs.writeFile(join(dir, 'notes.txt'), 'hi');
    await expect(readWorkshopFile(join(dir, 'notes.txt'))).rejects.toThrow(
      '"notes.txt" is not a Scalepath workshop file (.scalepath).',
    );
    await actualFs.mkdir(join(dir, 'folder.scalepath'));
    await expect(readWorkshopFile(join(dir, 'folder.scalepath'))).rejects.toThrow(
      /"folder\.scalepath" is not a file|this is a folder/,
    );
    await actualFs.writeFile(join(dir, 'image.scalepath'), new Uint8Array([0xff, 0xfe, 0xfd]));
    await expect(readWorkshopFile(join(dir, 'image.scalepath'))).rejects.toThrow(
      '“image.scalepath” is not UTF-8 text',
    );
    await expect(readWorkshopFile(join(dir, 'gone.scalepath'))).rejects.toThrow(
      'Scalepath could not open "gone.scalepath": the file or its folder does not exist.',
    );
  });
});

describe('helpers', () => {
  it('adds the extension only when it is missing', () => {
    expect(withExtension('/d/plan', 'scalepath')).toBe('/d/plan.scalepath');
    expect(withExtension('/d/plan.Scalepath', 'scalepath')).toBe('/d/plan.Scalepath');
    expect(withExtension('/d/deck.pdf', 'pdf')).toBe('/d/deck.pdf');
  });

  it('describes file-system errors in plain words', () => {
    expect(describeFileError(errorWithCode('ENOSPC'))).toBe('the disk is full');
    expect(describeFileError(errorWithCode('EACCES'))).toBe(
      'Scalepath is not allowed to use this file or folder',
    );
    expect(describeFileError(new Error('odd'))).toBe('odd');
  });
});
