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

  it('renderer/ reaches Dexie only through renderer/db/, and writes only through perform()', async () => {
    const dexie = "import { Dexie } from 'dexie';\nexport const d = Dexie;\n";
    const [refused] = await restrictedImportErrors('renderer/features/matrix/probe.ts', dexie);
    expect(refused).toContain('Only renderer/db/ uses Dexie');
    expect(await restrictedImportErrors('renderer/db/probe.ts', dexie)).toEqual([]);
    const write =
      "import { getRepository } from '../../db/repository.ts';\nexport const w = () => getRepository().applyChange({});\n";
    const [inFeature] = await eslint.lintText(write, {
      filePath: 'renderer/features/matrix/probe.ts',
    });
    expect(inFeature?.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
    const [inPerform] = await eslint.lintText(write, { filePath: 'renderer/state/perform.ts' });
    expect(inPerform?.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
    // Edits are named in one place and run from there.
    const edit =
      "import { perform } from '../../state/perform.ts';\nexport const e = () => perform('Move', {}, 'w1');\n";
    const [editInFeature] = await eslint.lintText(edit, {
      filePath: 'renderer/features/matrix/probe.ts',
    });
    expect(editInFeature?.messages.map((m) => m.message).join(' ')).toContain(
      'renderer/app/edits.ts',
    );
    const [editInRegistry] = await eslint.lintText(edit, { filePath: 'renderer/app/edits.ts' });
    expect(editInRegistry?.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
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
