import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFileSize, decodeFileBytes } from '../../shared/file/decode.ts';
import { formatMegabytes } from '../../shared/file/messages.ts';
import { MAX_FILE_BYTES } from '../../shared/file/precheck.ts';

const TITLE = 'Café-Planung für Müller — 中文 😀';
const LATIN1_MESSAGE =
  'This file is not UTF-8 text (it looks like another encoding, such as Latin-1), so Scalepath cannot read its accented letters and other characters exactly. Save it again as UTF-8 in the program that changed it, or ask the sender to export the workshop from Scalepath again.';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf16(text: string, endian: 'le' | 'be', withBom = true): Uint8Array {
  const units = [...(withBom ? '\uFEFF' : ''), ...text].join('');
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const unit = units.charCodeAt(i);
    const [first, second] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function textOf(bytes: Uint8Array): string {
  const result = decodeFileBytes(bytes);
  if (!result.ok) throw new Error(`expected text, got: ${result.error.message}`);
  return result.text;
}

function refusal(bytes: Uint8Array, name?: string) {
  const result = decodeFileBytes(bytes, name);
  if (result.ok) throw new Error(`expected a refusal, got text: ${JSON.stringify(result.text)}`);
  return result.error;
}

describe('decodeFileBytes reads exactly', () => {
  it('UTF-8, with or without a byte order mark', () => {
    expect(textOf(utf8(`{"title":"${TITLE}"}`))).toBe(`{"title":"${TITLE}"}`);
    expect(textOf(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(TITLE)))).toBe(TITLE);
    expect(textOf(new Uint8Array())).toBe('');
  });

  it('UTF-16 little- and big-endian with a byte order mark', () => {
    expect(textOf(utf16(TITLE, 'le'))).toBe(TITLE);
    expect(textOf(utf16(TITLE, 'be'))).toBe(TITLE);
    expect(textOf(utf16('', 'le'))).toBe('');
  });

  it('any text, as TextEncoder writes it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const text = raw.replaceAll('\0', ' ');
        expect(textOf(utf8(text))).toBe(text);
        expect(textOf(utf16(text, 'le'))).toBe(text);
        expect(textOf(utf16(text, 'be'))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('any bytes exactly as a fatal TextDecoder does, or refuses them', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const arbBytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.array(fc.constantFrom(0x41, 0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xff), {
        maxLength: 12,
      }),
    );
    fc.assert(
      fc.property(arbBytes, (list) => {
        const bytes = Uint8Array.from(list);
        // Those two starts are UTF-16 byte order marks, which TextDecoder('utf-8') does not know.
        fc.pre(
          !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff),
        );
        let expected: string | null;
        try {
          expected = decoder.decode(bytes);
        } catch {
          expected = null;
        }
        if (expected !== null && expected.includes('\0')) expected = null;
        const result = decodeFileBytes(bytes);
        expect(result.ok ? result.text : null).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeFileBytes refuses, in plain words, never with U+FFFD', () => {
  it('a Latin-1 file', () => {
    const error = refusal(latin1(`{"title":"Café-Planung für Müller"}`));
    expect(error).toEqual({ code: 'not-utf8', message: LATIN1_MESSAGE });
    expect(error.message).not.toContain('\uFFFD');
  });

  it('names the file when it is given', () => {
    expect(refusal(latin1('Café'), 'Müller.scalepath').message).toMatch(
      /^“Müller\.scalepath” is not UTF-8 text \(it looks like another encoding, such as Latin-1\)/,
    );
  });

  it('a multibyte character cut short at the end or in the middle', () => {
    const full = utf8('Café 中 😀');
    for (const cut of [full.length - 1, full.length - 2, full.length - 3]) {
      expect(refusal(full.subarray(0, cut)).code).toBe('not-utf8');
    }
    expect(refusal(Uint8Array.of(0x41, 0xe4, 0xb8, 0x41)).code).toBe('not-utf8');
    expect(refusal(Uint8Array.of(0x80)).code).toBe('not-utf8');
  });

  it('overlong encodings, surrogates and code points past U+10FFFF', () => {
    const cases = [
      [0xc0, 0xaf], // "/" in two bytes
      [0xc1, 0xbf],
      [0xe0, 0x80, 0xaf], // "/" in three bytes
      [0xe0, 0x9f, 0xbf],
      [0xf0, 0x80, 0x80, 0xaf], // "/" in four bytes
      [0xf0, 0x8f, 0xbf, 0xbf],
      [0xed, 0xa0, 0x80], // U+D800, a lone surrogate
      [0xed, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80], // U+110000
      [0xf5, 0x80, 0x80, 0x80],
      [0xff],
    ];
    for (const bytes of cases) {
      expect(refusal(Uint8Array.from(bytes)).code, bytes.join(' ')).toBe('not-utf8');
    }
    // The edges that are allowed.
    expect(textOf(Uint8Array.of(0xc2, 0x80))).toBe('\u0080');
    expect(textOf(Uint8Array.of(0xe0, 0xa0, 0x80))).toBe('\u0800');
    expect(textOf(Uint8Array.of(0xed, 0x9f, 0xbf))).toBe('\uD7FF');
    expect(textOf(Uint8Array.of(0xf4, 0x8f, 0xbf, 0xbf))).toBe('\u{10FFFF}');
  });

  it('UTF-16 without a byte order mark', () => {
    const error = refusal(utf16('{"format":"scalepath"}', 'le', false));
    expect(error.code).toBe('not-utf8');
    expect(error.message).toMatch(/^This file is not UTF-8 text \(it holds zero bytes/);
    expect(refusal(utf16('Café', 'be', false)).code).toBe('not-utf8');
  });

  it('UTF-16 with a byte order mark that is damaged: an odd length or a lone surrogate', () => {
    expect(refusal(utf16('abc', 'le').subarray(0, 7)).message).toMatch(
      /^This file is not UTF-8 text \(it says it is UTF-16 text, but it is damaged\)/,
    );
    expect(refusal(utf16('a\uD800b', 'le')).code).toBe('not-utf8');
    expect(refusal(utf16('a\uDC00b', 'be')).code).toBe('not-utf8');
    expect(refusal(utf16('a\uD83D', 'le')).code).toBe('not-utf8');
  });
});

describe('checkFileSize', () => {
  it('accepts up to the limit and refuses one byte more, rounding the size up to a tenth', () => {
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
    expect(checkFileSize(MAX_FILE_BYTES + 1)).toEqual({
      code: 'too-large',
      message:
        'This file is 20.1 MB, and a Scalepath workshop file is at most 20 MB. Check that it is the right file, or ask the sender to export the workshop from Scalepath again.',
    });
    expect(checkFileSize(63_333_990, 'big.scalepath')?.message).toMatch(
      /^“big\.scalepath” is 60\.4 MB, and a Scalepath workshop file is at most 20 MB\./,
    );
  });
});

describe('formatMegabytes', () => {
  it('counts in MiB and rounds up to a tenth, so just over a limit never reads as the limit', () => {
    expect(formatMegabytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatMegabytes(20 * 1024 * 1024 + 1)).toBe('20.1 MB');
    expect(formatMegabytes(63_333_990)).toBe('60.4 MB');
    expect(formatMegabytes(1)).toBe('0.1 MB');
    expect(formatMegabytes(0)).toBe('0 MB');
  });
});
