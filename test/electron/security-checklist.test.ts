import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Electron's security checklist (electronjs.org/docs/latest/tutorial/security), in its order. */
const CHECKLIST = [
  'Only load secure content',
  'Do not enable Node.js integration for remote content',
  'Enable context isolation',
  'Enable process sandboxing',
  'Handle session permission requests from remote content',
  'Do not disable webSecurity',
  'Define a Content Security Policy',
  'Do not enable allowRunningInsecureContent',
  'Do not enable experimental features',
  'Do not use enableBlinkFeatures',
  '<webview>: Do not use allowpopups',
  '<webview>: Verify options and params',
  'Disable or limit navigation',
  'Disable or limit creation of new windows',
  'Do not use shell.openExternal with untrusted content',
  'Use a current version of Electron',
  'Validate the sender of all IPC messages',
  'Avoid usage of the file:// protocol and prefer usage of custom protocols',
  'Check which fuses you can change',
  'Do not expose Electron APIs to untrusted web content',
];

/** docs/SECURITY.md's table: per item, the tests that show it, or why it does not apply. */
function rows(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of read('docs/SECURITY.md').split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());
    if (cells.length === 3 && /^\d+$/.test(cells[0] ?? '')) out.set(cells[1] ?? '', cells[2] ?? '');
  }
  return out;
}

describe("docs/SECURITY.md: Electron's security checklist, item by item", () => {
  it('lists every item, each shown by tests that exist, or not applicable with a reason', () => {
    const table = rows();
    expect([...table.keys()]).toEqual(CHECKLIST);
    for (const [item, shown] of table) {
      if (shown.startsWith('Not applicable:')) {
        expect(shown.length, item).toBeGreaterThan('Not applicable: '.length + 20);
        continue;
      }
      const references = [...shown.matchAll(/`(test\/[^`]+\.ts)` › “([^”]+)”/g)];
      expect(references.length, `${item}: no test named`).toBeGreaterThan(0);
      for (const [, file, title] of references) {
        const source = read(file as string);
        expect(source, `${item}: “${title}” in ${file}`).toContain(title as string);
      }
    }
  });

  it('the main process and the preload never call shell.openExternal', () => {
    const sources = ['electron/main', 'electron/preload'].flatMap((dir) =>
      readdirSync(join(ROOT, dir)).map((name) => read(`${dir}/${name}`)),
    );
    expect(sources.length).toBeGreaterThan(5);
    // Not even imported: no URL or path from a workshop can reach the OS's opener.
    for (const source of sources) {
      expect(source).not.toMatch(/\bshell\b/);
      expect(source).not.toContain('openExternal');
    }
  });

  it('packs the same pinned Electron the app is developed against', () => {
    const pinned = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> })
      .devDependencies.electron;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(read('electron-builder.yml')).toContain(`electronVersion: ${pinned}`);
  });
});
