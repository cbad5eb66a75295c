import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../shared/file/backup.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import { createdReplica } from '../../shared/domain/document.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';

const META = {
  appVersion: '0.1.0',
  exportedAt: '2026-12-01T09:00:00.000Z',
  replica: { id: 'rtest', name: 'Test laptop' },
};
const fileOf = (id: string, title: string) =>
  serializeWorkshopFile(
    createdReplica(
      aDocument(
        { workshop: { id, title }, candidates: [{ id: `${id}-c`, title: 'C' }] },
        testEnv(),
      ),
      ['rtest', 1],
    ),
    META,
  );

describe('the browser’s backup file', () => {
  it('gives back every workshop, each read as its own file would be', () => {
    const text = serializeBackup(
      [fileOf('w1', 'One'), fileOf('w2', 'Two')],
      '2026-12-01T10:00:00.000Z',
    );
    const read = parseBackup(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.exportedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(read.workshops.map((w) => w.read.doc.workshop.title)).toEqual(['One', 'Two']);
    expect(read.refused).toEqual([]);
  });

  it('lists a broken workshop inside as refused, in the words the file reader uses, and reads the rest', () => {
    const text = serializeBackup(
      [fileOf('w1', 'One'), '{"format":"scalepath"'],
      '2026-12-01T10:00:00.000Z',
    );
    const read = parseBackup(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.workshops).toHaveLength(1);
    expect(read.refused).toEqual([
      'Workshop 2 of the backup: This file is not a Scalepath workshop (it looks truncated or is not JSON). Ask the sender to export the workshop from Scalepath again.',
    ]);
  });

  it.each([
    ['not JSON', '{"format":"scalepath-backup",'],
    ['another app’s JSON', '{"format":"excalidraw","elements":[]}'],
    ['a single workshop file', '{"format":"scalepath","schemaVersion":4}'],
    [
      'a field it never writes',
      JSON.stringify({
        format: 'scalepath-backup',
        backupVersion: 1,
        exportedAt: '2026-12-01T10:00:00.000Z',
        workshops: [],
        extra: 1,
      }),
    ],
    [
      'a prototype key',
      '{"format":"scalepath-backup","backupVersion":1,"exportedAt":"2026-12-01T10:00:00.000Z","workshops":[],"__proto__":{"polluted":true}}',
    ],
  ])('refuses %s in words', (_what, text) => {
    const read = parseBackup(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/^This file is not a Scalepath backup\./);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
