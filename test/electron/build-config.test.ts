import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronViteConfig } from '../../electron.vite.config.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the shell build', () => {
  it('builds the preload as CommonJS, since sandboxed preloads cannot be ES modules', () => {
    const lib = electronViteConfig.preload?.build?.lib;
    expect(lib && lib.formats).toEqual(['cjs']);
    const fileName = lib && typeof lib.fileName === 'function' ? lib.fileName('cjs', 'index') : '';
    expect(fileName).toBe('index.cjs');
    expect(electronViteConfig.preload?.build?.outDir).toBe(resolve(ROOT, 'dist/electron/preload'));
  });

  it('builds main where package.json "main" points, in the format "type" implies', async () => {
    const pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as {
      main: string;
      type?: string;
    };
    const lib = electronViteConfig.main?.build?.lib;
    const fileName = lib && typeof lib.fileName === 'function' ? lib.fileName('es', 'index') : '';
    const outDir = electronViteConfig.main?.build?.outDir ?? '';
    expect(resolve(outDir, fileName)).toBe(resolve(ROOT, pkg.main));
    // "type": "module" makes .js an ES module, so main must be built as ESM.
    expect(pkg.type).toBe('module');
    expect(lib && lib.formats).toEqual(['es']);
  });

  it('ships no dependencies, so main and preload bundle everything they use', () => {
    expect(electronViteConfig.main?.build?.externalizeDeps).toBe(false);
    expect(electronViteConfig.preload?.build?.externalizeDeps).toBe(false);
  });
});
