// @vitest-environment jsdom
/**
 * The browser's reader (renderer/platform/web.ts): a picked file is read as bytes and decoded by
 * the rule every surface uses, and refused in the same words and sizes as the desktop and the
 * command line.
 */
import { File as NodeFile } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodeFileBytes } from '../../shared/file/decode.ts';
import { createWebPlatform, decodeFileBytesFast } from '../../renderer/platform/web.ts';

const TEXT = '{"format":"scalepath","title":"Café-Planung für Müller 😀"}';

interface FakePick {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

/** Makes the next file input the platform opens "choose" this file. */
function pickNext(file: FakePick): void {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (
    this: HTMLInputElement,
  ) {
    Object.defineProperty(this, 'files', { value: [file] });
    this.dispatchEvent(new Event('change'));
  });
}

function fileOf(name: string, bytes: Uint8Array): FakePick {
  return new NodeFile([bytes], name) as unknown as FakePick;
}

const open = () => createWebPlatform('1.0.0').openWorkshopFile();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the web platform opening a workshop file', () => {
  it('reads UTF-8 and UTF-16 with a byte order mark exactly', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [
      ['utf8.scalepath', Buffer.from(TEXT)],
      ['utf16le.scalepath', le],
      ['utf16be.scalepath', be],
    ] as const) {
      pickNext(fileOf(name, bytes));
      expect(await open(), name).toEqual({ name, text: TEXT });
    }
  });

  it('refuses a Latin-1 file in plain words, rather than importing U+FFFD', async () => {
    pickNext(fileOf('Müller.scalepath', Buffer.from(TEXT.replace(' 😀', ''), 'latin1')));
    await expect(open()).rejects.toThrow(
      '“Müller.scalepath” is not UTF-8 text (it looks like another encoding, such as Latin-1), so Scalepath cannot read its accented letters and other characters exactly. Save it again as UTF-8 in the program that changed it, or ask the sender to export the workshop from Scalepath again. Nothing in your library was changed.',
    );
  });

  it('refuses a file over 20 MB before reading it, in the words and MB of the other surfaces', async () => {
    const huge: FakePick = {
      name: 'big.scalepath',
      size: 63_333_990,
      arrayBuffer: vi.fn(),
      text: vi.fn(),
    };
    pickNext(huge);
    await expect(open()).rejects.toThrow(
      '“big.scalepath” is 60.4 MB, and a Scalepath workshop file is at most 20 MB. Check that it is the right file, or ask the sender to export the workshop from Scalepath again. Nothing in your library was changed.',
    );
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    expect(huge.text).not.toHaveBeenCalled();
  });

  it('resolves null when the user cancels', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (
      this: HTMLInputElement,
    ) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await open()).toBeNull();
  });
});

describe('the fast decoder', () => {
  it('reads every byte string exactly as the one rule does, refusals and their words too (property)', () => {
    const utf8 = fc.string({ unit: 'binary' }).map((t) => new TextEncoder().encode(t));
    const withMarks = fc
      .tuple(
        fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0], [0xc0, 0x80]),
        fc.oneof(utf8, fc.uint8Array({ maxLength: 64 })),
      )
      .map(([mark, body]) => new Uint8Array([...mark, ...body]));
    fc.assert(
      fc.property(withMarks, (bytes) => {
        expect(decodeFileBytesFast(bytes, 'f.scalepath')).toEqual(
          decodeFileBytes(bytes, 'f.scalepath'),
        );
      }),
      { numRuns: 2_000 },
    );
  });
});
