import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The boundaries of the house (docs/ARCHITECTURE.md) are enforced by lint; these prove it. */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('lint boundaries', () => {
  it.each([
    ["import { useState } from 'react';", 'React'],
    ["import { Dexie } from 'dexie';", 'Dexie'],
    ["import { app } from 'electron';", 'Electron'],
    ["import { readFile } from 'node:fs';", 'Node built-ins'],
    ["import { platform } from '../renderer/platform/index.ts';", 'renderer/'],
    ["import { createWindow } from '../electron/main/window.ts';", 'electron/'],
  ])('shared/ refuses %s', async (code, what) => {
    const errors = await restrictedImportErrors(
      'shared/domain/probe.ts',
      `${code}\nexport const x = 1;\n`,
    );
    expect(errors.join(' ')).toContain(what);
  });

  it('shared/ refuses the DOM', async () => {
    const errors = await restrictedImportErrors(
      'shared/domain/probe.ts',
      'export const w = document.title;\n',
    );
    expect(errors).toHaveLength(1);
  });

  it('renderer/ never imports electron/, and electron/ never imports renderer/', async () => {
    expect(
      await restrictedImportErrors(
        'renderer/app/probe.ts',
        "import { createWindow } from '../../electron/main/window.ts';\nexport const x = createWindow;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImportErrors(
        'electron/main/probe.ts',
        "import { App } from '../../renderer/app/App.tsx';\nexport const x = App;\n",
      ),
    ).toHaveLength(1);
  });

  it('allows what each side may use', async () => {
    expect(
      await restrictedImportErrors(
        'shared/domain/probe.ts',
        "import { z } from 'zod';\nexport const s = z.string();\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImportErrors(
        'renderer/app/probe.ts',
        "import { scoreCandidate } from '../../shared/domain/scoring.ts';\nexport const f = scoreCandidate;\n",
      ),
    ).toEqual([]);
  });
});
