// The PDF deck from the command line, with the app's own builder and file validation:
//   npm run deck -- <file.scalepath> -o <deck.pdf> [--sections cover,summary,...] [--date 2026-01-31]
// A file the app would refuse is refused here with the same plain-words message (exit 1); a
// wrong command line prints the usage (exit 2). The PDF is written atomically (temp + rename),
// so a crash never leaves half a deck where the old one was.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFileError, writeFileAtomic } from '../electron/main/files.ts';
import { buildDeck, deckSectionIds } from '../shared/deck/build.ts';
import type { DeckFonts } from '../shared/deck/fonts.ts';
import { isoDay } from '../shared/deck/identity.ts';
import { checkFileSize, decodeFileBytes } from '../shared/file/decode.ts';
import { parseWorkshopFile } from '../shared/file/format.ts';

/**
 * The project's folder: the nearest one above this module that holds package.json. This module
 * runs from scripts/ (through jiti) or bundled under node_modules/.cache (scripts/deck-start.mjs).
 */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = projectRoot();

/**
 * The deck's font files, shipped in assets/fonts (DejaVu Sans, then Droid Sans Fallback and Nanum
 * Gothic for what it lacks; see the LICENSE there), and HarfBuzz's subsetter that cuts them to the
 * characters a deck draws.
 */
export const DECK_FONT_PATHS = {
  regular: resolve(ROOT, 'assets/fonts/DejaVuSans.ttf'),
  bold: resolve(ROOT, 'assets/fonts/DejaVuSans-Bold.ttf'),
  fallbacks: [
    resolve(ROOT, 'assets/fonts/DroidSansFallbackFull.ttf'),
    resolve(ROOT, 'assets/fonts/NanumGothic.ttf'),
  ],
  subsetWasm: resolve(ROOT, 'node_modules/harfbuzzjs/hb-subset.wasm'),
} as const;

export const USAGE =
  'Usage: npm run deck -- <file.scalepath> -o <deck.pdf> [--sections cover,summary,...] [--date YYYY-MM-DD]\n' +
  `Sections: ${deckSectionIds().join(', ')} (default: all that have data).\n` +
  '--date sets the creation date written in the PDF (default: today); the same file, sections\n' +
  'and date always give the same bytes.';

export interface DeckArgs {
  input: string;
  output: string;
  sections: string[] | null;
  /** YYYY-MM-DD, or null for today. */
  date: string | null;
}

export type ParsedArgs = { ok: true; args: DeckArgs } | { ok: false; message: string };

function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** Reads the command line (the arguments after the script's name). */
export function parseDeckArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  let output: string | null = null;
  let sections: string[] | null = null;
  let date: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) return null;
      i += 1;
      return next;
    };
    switch (flag) {
      case '-o':
      case '--out':
      case '--output': {
        output = value();
        if (output === null)
          return { ok: false, message: `${flag} needs the path of the PDF to write.` };
        break;
      }
      case '--sections': {
        const list = value();
        if (list === null)
          return { ok: false, message: '--sections needs a list, e.g. cover,summary.' };
        sections = list
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        const known = new Set(deckSectionIds());
        const unknown = sections.filter((s) => !known.has(s));
        if (unknown.length > 0) {
          return {
            ok: false,
            message: `Unknown section${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}. The sections are ${[...known].join(', ')}.`,
          };
        }
        if (sections.length === 0) return { ok: false, message: '--sections names no section.' };
        break;
      }
      case '--date': {
        date = value();
        if (date === null || !isValidDay(date)) {
          return { ok: false, message: `--date needs a day written YYYY-MM-DD, e.g. 2026-01-31.` };
        }
        break;
      }
      default:
        if (arg.startsWith('-')) return { ok: false, message: `Unknown option ${arg}.` };
        positional.push(arg);
    }
  }
  if (positional.length !== 1) {
    return {
      ok: false,
      message:
        positional.length === 0
          ? 'Name the .scalepath file to make the deck from.'
          : `Name one .scalepath file, not ${positional.length}.`,
    };
  }
  if (output === null) return { ok: false, message: 'Name the PDF to write with -o <deck.pdf>.' };
  return { ok: true, args: { input: positional[0] as string, output, sections, date } };
}

/** The deck's fonts, read from assets/fonts. */
export async function readDeckFonts(): Promise<DeckFonts> {
  const read = async (path: string) => new Uint8Array(await readFile(path));
  const [regular, bold, fallbacks, subsetWasm] = await Promise.all([
    read(DECK_FONT_PATHS.regular),
    read(DECK_FONT_PATHS.bold),
    Promise.all(DECK_FONT_PATHS.fallbacks.map(read)),
    read(DECK_FONT_PATHS.subsetWasm),
  ]);
  return { regular, bold, fallbacks, subsetWasm };
}

export interface DeckIo {
  log(line: string): void;
  error(line: string): void;
  /** The creation date when none is given. */
  now(): Date;
}

const CONSOLE_IO: DeckIo = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  now: () => new Date(),
};

/** Runs the command; returns the exit code (0 written, 1 refused or failed, 2 usage). */
export async function runDeck(argv: readonly string[], io: DeckIo = CONSOLE_IO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.log(USAGE);
    return 0;
  }
  const parsed = parseDeckArgs(argv);
  if (!parsed.ok) {
    io.error(`${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { input, output, sections, date } = parsed.args;
  const name = basename(input);

  let bytes: Uint8Array;
  try {
    // Refused before reading, by the size and the rounding every surface uses.
    const tooLarge = checkFileSize((await stat(input)).size);
    if (tooLarge !== null) {
      io.error(`“${name}” was not read: ${tooLarge.message}`);
      return 1;
    }
    bytes = await readFile(input);
  } catch (error) {
    io.error(`“${name}” could not be read: ${describeFileError(error)}.`);
    return 1;
  }
  // The one decoding rule of every surface: exact UTF-8 or UTF-16 with a byte order mark.
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) {
    io.error(`“${name}” was not read: ${decoded.error.message}`);
    return 1;
  }
  const result = parseWorkshopFile(decoded.text);
  if (!result.ok) {
    io.error(`“${name}” was not read: ${result.error.message}`);
    return 1;
  }

  const createdAt = date ?? io.now().toISOString();
  const deck = buildDeck(result.doc, {
    ...(sections === null ? {} : { sections }),
    createdAt,
    fonts: await readDeckFonts(),
  });
  try {
    await writeFileAtomic(resolve(output), deck.bytes);
  } catch (error) {
    io.error(`The deck was not written to “${output}”: ${describeFileError(error)}.`);
    return 1;
  }
  const kb = Math.max(1, Math.round(deck.bytes.length / 1024));
  io.log(
    `Wrote ${output}: ${deck.pageCount} ${deck.pageCount === 1 ? 'page' : 'pages'}, ${kb} KB, dated ${isoDay(createdAt)} (${deck.sections.map((s) => s.id).join(', ')}).`,
  );
  return 0;
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url);
}

// Importing this module (as the tests do) must not run it.
if (isRunDirectly()) {
  runDeck(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        `The deck could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    },
  );
}
