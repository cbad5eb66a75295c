import { describe, expect, it } from 'vitest';
import { formatBytes, storageStatus } from '../../renderer/features/home/storage.ts';

describe('the storage line', () => {
  it('says what is used of what is available, and whether the browser keeps it', () => {
    expect(storageStatus({ usage: 3_200_000, quota: 120_000_000_000, isPersisted: true })).toEqual({
      text: 'Storage: 3.2 MB used of the 120 GB available here (under 1%); kept until you delete it.',
      warning: null,
    });
    expect(storageStatus({ usage: 0, quota: 0, isPersisted: false }).text).toContain(
      'the browser may clear it when the disk runs short of space',
    );
  });

  it('warns from 80% full, not before', () => {
    expect(storageStatus({ usage: 79, quota: 100, isPersisted: true }).warning).toBeNull();
    expect(storageStatus({ usage: 80, quota: 100, isPersisted: true }).warning).toBe(
      'Storage is 80% full. Export the workshops you need and delete those you no longer use, or free space on the disk, before edits can no longer be saved.',
    );
  });

  it('reads bytes as a person does', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_500)).toBe('1.5 kB');
    expect(formatBytes(25_300_000)).toBe('25 MB');
  });
});
