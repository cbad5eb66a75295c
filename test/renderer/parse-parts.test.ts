/**
 * A large file's parsed result, cut into parts for the trip from the worker to the page
 * (renderer/features/files/parseParts.ts), comes back whole: the same records in the same order,
 * the same versions, and no part over its size.
 */
import { describe, expect, it } from 'vitest';
import { splitParsed, joinParsed } from '../../renderer/features/files/parseParts.ts';
import { parseWorkshopFile } from '../../shared/file/format.ts';
import { placedWorkshopFile } from '../../bench/workshops.ts';

const parsed = (cards: number) =>
  parseWorkshopFile(
    placedWorkshopFile({
      cards,
      seed: 7,
      title: 'Parts',
      cardTitle: (i) => `Card ${i + 1}`,
      newId: (n) => `p-${String(n).padStart(5, '0')}`,
    }),
  );

describe('a parsed file in parts', () => {
  it('is cut into parts of at most the size, and joined back into the same result', () => {
    const result = parsed(2_345);
    if (!result.ok) throw new Error(result.error.message);
    const { rest, parts } = splitParsed(result, 500);
    // 2,345 candidates and 2,345 versions and more: five parts each, at most 500 in each.
    expect(parts.filter((p) => 'kind' in p && p.kind === 'candidates')).toHaveLength(5);
    expect(parts.filter((p) => 'versions' in p).length).toBeGreaterThanOrEqual(5);
    for (const part of parts) {
      expect('versions' in part ? part.versions.length : part.records.length).toBeLessThanOrEqual(
        500,
      );
    }
    if (!rest.ok) throw new Error('the rest is a refusal');
    expect(rest.doc.candidates).toHaveLength(0);
    expect(rest.versions.size).toBe(0);
    // What the worker sends is what the page reads: a structured clone of each message.
    const joined = joinParsed(
      structuredClone(rest),
      parts.map((p) => structuredClone(p)),
    );
    expect(joined).toEqual(result);
    if (!joined.ok) throw new Error('joined into a refusal');
    expect(joined.doc.candidates.map((c) => c.id)).toEqual(result.doc.candidates.map((c) => c.id));
  });

  it('leaves a small result and a refusal as they are', () => {
    const small = parsed(20);
    expect(splitParsed(small)).toEqual({ rest: small, parts: [] });
    const refused = parseWorkshopFile('not a workshop');
    expect(refused.ok).toBe(false);
    expect(splitParsed(refused)).toEqual({ rest: refused, parts: [] });
    expect(joinParsed(refused, [])).toBe(refused);
  });
});
