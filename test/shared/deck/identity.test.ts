import { describe, expect, it } from 'vitest';
import { hash128 } from '../../../shared/domain/hash.ts';
import { formatDay, isoDay, pdfDate, toDate } from '../../../shared/deck/identity.ts';

describe('the deck identity', () => {
  it('writes the creation date in UTC, in the PDF date format', () => {
    expect(pdfDate('2026-01-31')).toBe("D:20260131000000+00'00'");
    expect(pdfDate('2026-01-31T23:59:58+02:00')).toBe("D:20260131215958+00'00'");
    expect(pdfDate(new Date(Date.UTC(2030, 11, 5, 7, 8, 9)))).toBe("D:20301205070809+00'00'");
    expect(isoDay('2026-02-10T22:00:00-05:00')).toBe('2026-02-11');
  });

  it('refuses what is not a date, in plain words', () => {
    expect(() => toDate('yesterday')).toThrow('“yesterday” is not a date; give one as YYYY-MM-DD.');
  });

  it('writes days in words, the same on every machine', () => {
    expect(formatDay('2026-02-10')).toBe('10 February 2026');
    expect(formatDay('2026-12-01T10:00:00Z')).toBe('1 December 2026');
    expect(formatDay('')).toBe('');
  });

  it('hashes to 32 stable hex digits that change with the input', () => {
    const a = hash128('the workshop');
    expect(a).toMatch(/^[0-9A-F]{32}$/);
    expect(hash128('the workshop')).toBe(a);
    expect(hash128('the workshop.')).not.toBe(a);
    expect(hash128('')).toMatch(/^[0-9A-F]{32}$/);
  });
});
