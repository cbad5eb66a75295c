/**
 * `npm run deck`: run as a user runs it (a separate process, started by scripts/deck-start.mjs from
 * its cached bundle), it writes the same
 * bytes as the builder, refuses a bad file with the app's plain message and a non-zero exit, and
 * never leaves a temp file or half a deck behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDeckArgs, readDeckFonts } from '../../scripts/deck.ts';
import { deckBundle, isFresh } from '../../scripts/deck-start.mjs';
import type { BundleManifest } from '../../scripts/deck-start.mjs';
import { buildDeck } from '../../shared/deck/build.ts';
import { parseWorkshopFile } from '../../shared/file/format.ts';
import { pdfInfo, requirePoppler } from '../shared/deck/pdf-tools.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = resolve(ROOT, 'scripts/deck-start.mjs');
const SAMPLE = resolve(ROOT, 'assets/samples/sample-workshop.scalepath');
let dir: string;

function deck(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

beforeAll(async () => {
  requirePoppler();
  dir = await mkdtemp(join(tmpdir(), 'scalepath-deck-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run deck', () => {
  it('writes the deck the builder makes from the same file, sections and date', async () => {
    const out = join(dir, 'sample.pdf');
    const result = deck(
      SAMPLE,
      '-o',
      out,
      '--sections',
      'cover,summary,matrix',
      '--date',
      '2026-01-31',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote ${out}: 3 pages`);
    const written = await readFile(out);
    const parsed = parseWorkshopFile(await readFile(SAMPLE, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const built = buildDeck(parsed.doc, {
      sections: ['cover', 'summary', 'matrix'],
      createdAt: '2026-01-31',
      fonts: await readDeckFonts(),
    });
    expect(Buffer.from(built.bytes).equals(written)).toBe(true);
    expect(pdfInfo(written).Pages).toBe('3');
    expect(pdfInfo(written).Creator).toBe('Scalepath');
  }, 60_000);

  it('replaces an existing deck whole and leaves no temp file', async () => {
    const sub = await mkdtemp(join(dir, 'replace-'));
    const out = join(sub, 'deck.pdf');
    await writeFile(out, 'an old deck');
    const result = deck(SAMPLE, '--out', out, '--sections=cover', '--date=2026-01-31');
    expect(result.status).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await readdir(sub)).toEqual(['deck.pdf']);
  }, 60_000);

  it('refuses a bad file with the plain message, exit 1, and writes nothing', async () => {
    const bad = join(dir, 'bad.scalepath');
    await writeFile(bad, '{"format":"scalepath","schemaVersion":1,"workshop":{}}');
    const out = join(dir, 'never.pdf');
    const result = deck(bad, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^“bad\.scalepath” was not read: /);
    const expected = parseWorkshopFile(await readFile(bad, 'utf8'));
    expect(expected.ok).toBe(false);
    if (!expected.ok) expect(result.stderr).toContain(expected.error.message);
    expect(await readdir(dir)).not.toContain('never.pdf');

    const missing = deck(join(dir, 'nowhere.scalepath'), '-o', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('“nowhere.scalepath” could not be read');
  }, 60_000);

  it('refuses a Latin-1 file with the plain message, exit 1, and writes no PDF', async () => {
    const sub = await mkdtemp(join(dir, 'latin1-'));
    const sample = await readFile(SAMPLE, 'utf8');
    // The sample with an accented title, saved by an editor as Latin-1 (which has no curly quotes).
    const text = sample
      .replace('"title": "', '"title": "Café für ')
      .replace(/[\u0100-\uffff]/g, '-');
    const latin1 = join(sub, 'Müller.scalepath');
    await writeFile(latin1, Buffer.from(text, 'latin1'));
    const result = deck(latin1, '-o', join(sub, 'deck.pdf'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '“Müller.scalepath” was not read: This file is not UTF-8 text (it looks like another encoding, such as Latin-1), so Scalepath cannot read its accented letters and other characters exactly. Save it again as UTF-8 in the program that changed it, or ask the sender to export the workshop from Scalepath again.',
    );
    expect(await readdir(sub)).toEqual(['Müller.scalepath']);
  }, 60_000);

  it('makes the same deck from a UTF-16 file with a byte order mark as from the UTF-8 one', async () => {
    const sub = await mkdtemp(join(dir, 'utf16-'));
    const sample = await readFile(SAMPLE, 'utf8');
    const utf16 = join(sub, 'utf16.scalepath');
    await writeFile(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]),
    );
    const fromUtf16 = deck(
      utf16,
      '-o',
      join(sub, 'a.pdf'),
      '--sections=cover',
      '--date=2026-01-31',
    );
    expect(fromUtf16.stderr).toBe('');
    expect(fromUtf16.status).toBe(0);
    const fromUtf8 = deck(
      SAMPLE,
      '-o',
      join(sub, 'b.pdf'),
      '--sections=cover',
      '--date=2026-01-31',
    );
    expect(fromUtf8.status).toBe(0);
    expect((await readFile(join(sub, 'a.pdf'))).equals(await readFile(join(sub, 'b.pdf')))).toBe(
      true,
    );
  }, 60_000);

  it('gives the size of a file over 20 MB as the browser and the desktop do', async () => {
    const sub = await mkdtemp(join(dir, 'huge-'));
    const huge = join(sub, 'big.scalepath');
    await writeFile(huge, '');
    await truncate(huge, 63_333_990);
    const result = deck(huge, '-o', join(sub, 'deck.pdf'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '“big.scalepath” was not read: This file is 60.4 MB, and a Scalepath workshop file is at most 20 MB. Check that it is the right file, or ask the sender to export the workshop from Scalepath again.',
    );
    expect(await readdir(sub)).toEqual(['big.scalepath']);
  }, 60_000);

  it('prints the usage and exits 2 for a wrong command line', () => {
    const result = deck('-o', join(dir, 'x.pdf'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Name the .scalepath file to make the deck from.');
    expect(result.stderr).toContain('Usage: npm run deck --');
    const help = deck('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Sections: cover, summary, matrix');
  }, 60_000);
});

describe('parseDeckArgs', () => {
  it('reads the file, output, sections and date', () => {
    expect(
      parseDeckArgs([
        'w.scalepath',
        '-o',
        'd.pdf',
        '--sections',
        'cover, method',
        '--date',
        '2026-01-31',
      ]),
    ).toEqual({
      ok: true,
      args: {
        input: 'w.scalepath',
        output: 'd.pdf',
        sections: ['cover', 'method'],
        date: '2026-01-31',
      },
    });
  });

  it('names what is wrong', () => {
    const message = (argv: string[]) => {
      const parsed = parseDeckArgs(argv);
      return parsed.ok ? null : parsed.message;
    };
    expect(message(['w.scalepath'])).toBe('Name the PDF to write with -o <deck.pdf>.');
    expect(message(['w.scalepath', '-o', 'd.pdf', '--sections', 'cover,charts'])).toMatch(
      /^Unknown section: charts\. The sections are cover, summary/,
    );
    expect(message(['w.scalepath', '-o', 'd.pdf', '--date', '2026-02-30'])).toBe(
      '--date needs a day written YYYY-MM-DD, e.g. 2026-01-31.',
    );
    expect(message(['a.scalepath', 'b.scalepath', '-o', 'd.pdf'])).toBe(
      'Name one .scalepath file, not 2.',
    );
    expect(message(['w.scalepath', '-o', 'd.pdf', '--colour'])).toBe('Unknown option --colour.');
  });
});

describe('the start of npm run deck', () => {
  const manifestIn = async (cache: string): Promise<BundleManifest> =>
    JSON.parse(await readFile(join(cache, 'deck.json'), 'utf8')) as BundleManifest;

  it('runs the CLI from one bundle, rebuilt only when a file it was built from changed', async () => {
    const cache = join(dir, 'cache');
    const bundle = await deckBundle(cache);
    const manifest = await manifestIn(cache);
    const files = Object.keys(manifest.files);
    for (const source of ['scripts/deck.ts', 'shared/deck/build.ts', 'shared/file/format.ts']) {
      expect(files).toContain(resolve(ROOT, source));
    }
    expect(await isFresh(manifest)).toBe(true);
    const built = (await stat(bundle)).mtimeMs;

    // Unchanged sources: the same bundle, not built again.
    expect(await deckBundle(cache)).toBe(bundle);
    expect((await stat(bundle)).mtimeMs).toBe(built);

    // A source edited since (its size or time differs), or gone: built again.
    const edited = { files: { ...manifest.files, [resolve(ROOT, 'scripts/deck.ts')]: '1:1' } };
    expect(await isFresh(edited)).toBe(false);
    expect(await isFresh({ files: { [join(dir, 'gone.ts')]: '1:1' } })).toBe(false);
    expect(await isFresh({ files: {} })).toBe(false);
    expect(await isFresh(null)).toBe(false);
    await writeFile(join(cache, 'deck.json'), JSON.stringify(edited));
    await deckBundle(cache);
    expect((await stat(bundle)).mtimeMs).toBeGreaterThan(built);
    expect(await isFresh(await manifestIn(cache))).toBe(true);
    // No temporary file is left beside the bundle.
    expect((await readdir(cache)).sort()).toEqual(['deck.json', 'deck.mjs']);
  });
});
