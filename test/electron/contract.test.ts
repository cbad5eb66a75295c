// The IPC contract lives in shared/ipc; its tests sit with the shell that enforces it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IpcChannel, plainErrorMessage } from '../../shared/ipc/channels.ts';
import {
  ipcInvokeSchemas,
  openedWorkshopFileSchema,
  parseIpcPayload,
  suggestedFileNameSchema,
} from '../../shared/ipc/contract.ts';
import { toSafeFileName } from '../../shared/ipc/file-names.ts';

describe('the IPC contract', () => {
  it('has one schema pair for every invoke channel', () => {
    const invokeChannels = Object.keys(ipcInvokeSchemas).sort();
    expect(invokeChannels).toEqual([
      'appVersion',
      'backupWorkshops',
      'listBackups',
      'openAudienceWindow',
      'openWorkshopFile',
      'readBackup',
      'saveCsv',
      'savePdf',
      'saveWorkshopFile',
    ]);
    for (const key of invokeChannels) expect(IpcChannel).toHaveProperty(key);
    expect(new Set(Object.values(IpcChannel)).size).toBe(Object.keys(IpcChannel).length);
  });

  it('accepts ordinary file names and refuses paths', () => {
    for (const name of ['Acme pilot.scalepath', 'Données 2026.pdf', 'a', 'x'.repeat(255)]) {
      expect(suggestedFileNameSchema.safeParse(name).success, name).toBe(true);
    }
    for (const name of ['', 'x'.repeat(256), 'a/b', 'a\\b', '.', '..', 'a\nb', 'a:b', 'a?']) {
      expect(suggestedFileNameSchema.safeParse(name).success, name).toBe(false);
    }
  });

  it('refuses a suggested name over 255 bytes of UTF-8, as ext4 and APFS would', () => {
    expect(suggestedFileNameSchema.safeParse(`${'ж'.repeat(127)}a`).success).toBe(true);
    const tooLong = suggestedFileNameSchema.safeParse('ж'.repeat(128));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe(
      'the suggested file name is longer than 255 bytes',
    );
  });

  it('lets an opened file keep an OS-chosen name, but never a path', () => {
    expect(
      openedWorkshopFileSchema.safeParse({ name: 'Q3: plan.scalepath', text: '' }).success,
    ).toBe(true);
    expect(openedWorkshopFileSchema.safeParse({ name: '../x.scalepath', text: '' }).success).toBe(
      false,
    );
  });

  it('words refusals for people', () => {
    expect(() => parseIpcPayload(suggestedFileNameSchema, 'a/b', 'save the workshop')).toThrow(
      'Scalepath refused the request to save the workshop: the suggested file name contains a / or \\.',
    );
  });

  it("strips Electron's remote-method wrapping from error messages", () => {
    const wrapped = new Error("Error invoking remote method 'scalepath:app-version': Error: nope");
    expect(plainErrorMessage(wrapped)).toBe('nope');
    expect(plainErrorMessage(new Error('already plain'))).toBe('already plain');
    expect(plainErrorMessage('a string')).toBe('a string');
  });
});

describe('toSafeFileName', () => {
  it('makes any title into a name the contract accepts, with the extension', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('scalepath', 'pdf'),
        (title, extension) => {
          const name = toSafeFileName(title, extension);
          expect(suggestedFileNameSchema.safeParse(name).success).toBe(true);
          expect(name.endsWith(`.${extension}`)).toBe(true);
        },
      ),
    );
  });

  it.each([
    ['Acme pilot', 'Acme pilot.scalepath'],
    ['Acme pilot.scalepath', 'Acme pilot.scalepath'],
    ['Acme pilot.SCALEPATH', 'Acme pilot.scalepath'],
    ['../../etc/passwd', 'etc-passwd.scalepath'],
    ['  ...  ', 'workshop.scalepath'],
    ['', 'workshop.scalepath'],
    ['Q3\tplan\n2026', 'Q3 plan 2026.scalepath'],
  ])('%j becomes %j', (title, expected) => {
    expect(toSafeFileName(title, 'scalepath')).toBe(expected);
  });

  it('cuts long titles without splitting an emoji', () => {
    const name = toSafeFileName('🚀'.repeat(200), 'pdf');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name).toBe(`${'🚀'.repeat(62)}.pdf`);
  });

  it('cuts a long Cyrillic title to 255 bytes, which Linux and macOS can save, never mid-letter', () => {
    const title = 'Стратегия внедрения искусственного интеллекта в розничной торговле '.repeat(5);
    const name = toSafeFileName(title, 'scalepath');
    const bytes = new TextEncoder().encode(name);
    expect(bytes.length).toBeLessThanOrEqual(255);
    expect(bytes.length).toBeGreaterThan(250);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(name);
    expect(title.startsWith(name.slice(0, -'.scalepath'.length))).toBe(true);
    expect(toSafeFileName('ж'.repeat(300), 'scalepath')).toBe(`${'ж'.repeat(122)}.scalepath`);
    expect(toSafeFileName(`a${'ж'.repeat(300)}`, 'pdf')).toBe(`a${'ж'.repeat(125)}.pdf`);
  });
});
