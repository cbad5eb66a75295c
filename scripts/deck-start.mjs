// `npm run deck`'s start. jiti compiles and evaluates the CLI's hundred-odd TypeScript modules one
// by one on every start (about 330 ms before the deck begins); here the CLI is bundled once into
// one ES module in the project's .cache/ folder, with the list of files it was built from and
// their sizes and modification times, and started from there (about 170 ms). The bundle is
// rebuilt when any of those files changed, or when it is missing or unreadable, so an edited
// source always runs as edited. The cache sits in the project, not in node_modules, so a second
// checkout sharing node_modules never runs the first one's code.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = resolve(ROOT, 'scripts/deck.ts');
export const CACHE_DIR = resolve(ROOT, '.cache');

async function fileStamp(path) {
  const s = await stat(path);
  return `${s.size}:${s.mtimeMs}`;
}

/** Whether every file the bundle was built from is as it was then. */
export async function isFresh(manifest) {
  if (manifest === null || typeof manifest !== 'object' || typeof manifest.files !== 'object') {
    return false;
  }
  const entries = Object.entries(manifest.files);
  if (entries.length === 0) return false;
  try {
    const stamps = await Promise.all(entries.map(([path]) => fileStamp(path)));
    return entries.every(([, stamp], i) => stamps[i] === stamp);
  } catch {
    return false;
  }
}

async function readManifest(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The bundle's path, built first when it is not fresh. Written to a temporary name and renamed,
 * so two starts at once never run half a bundle.
 */
export async function deckBundle(cacheDir = CACHE_DIR) {
  const bundle = resolve(cacheDir, 'deck.mjs');
  const manifestPath = resolve(cacheDir, 'deck.json');
  if (await isFresh(await readManifest(manifestPath))) return bundle;
  const { rolldown } = await import('rolldown');
  const build = await rolldown({ input: ENTRY, platform: 'node', logLevel: 'silent' });
  const { output } = await build.generate({ format: 'esm' });
  await build.close();
  const chunk = output[0];
  // The files read from disk: the sources and the packages' files (not rolldown's own helpers).
  const sources = chunk.moduleIds.filter((id) => id.startsWith('/') || /^[A-Za-z]:[\\/]/.test(id));
  const files = Object.fromEntries(
    await Promise.all(
      [...sources, fileURLToPath(import.meta.url)].map(async (p) => [p, await fileStamp(p)]),
    ),
  );
  await mkdir(cacheDir, { recursive: true });
  const suffix = `${process.pid}.tmp`;
  await writeFile(`${bundle}.${suffix}`, chunk.code);
  await rename(`${bundle}.${suffix}`, bundle);
  await writeFile(`${manifestPath}.${suffix}`, JSON.stringify({ files }));
  await rename(`${manifestPath}.${suffix}`, manifestPath);
  return bundle;
}

function isRunDirectly() {
  const entry = process.argv[1];
  return entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url);
}

if (isRunDirectly()) {
  try {
    const { runDeck } = await import(pathToFileURL(await deckBundle()).href);
    process.exit(await runDeck(process.argv.slice(2)));
  } catch (error) {
    console.error(
      `The deck could not be made: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
