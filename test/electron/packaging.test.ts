import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

// Load what `npm run dist` loads, from where electron-builder loads it: its own YAML parser,
// schema validator and fuse library, resolved through electron-builder rather than through
// whatever happens to be hoisted into node_modules.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const fromBuilderLib = createRequire(fromBuilder.resolve('app-builder-lib'));
const yaml = fromBuilderLib('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(
    config: Configuration,
    logger: { isEnabled: boolean; add(): void },
  ): Promise<void>;
};

function builderConfig(): Configuration {
  return yaml.load(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as Configuration;
}

/**
 * The fuses flipped in the shipped Electron binary. Each closes a way to run other code with the
 * app's identity (and, on macOS, its entitlements and keychain items).
 */
const REQUIRED_FUSES = {
  // ELECTRON_RUN_AS_NODE=1 would turn Scalepath into a plain Node.js.
  runAsNode: false,
  // NODE_OPTIONS=--require evil.js would load code before the app's own.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect / SIGUSR1 would open a debugger on the main process.
  enableNodeCliInspectArguments: false,
  // The app.asar is checked against the hash electron-builder embeds (macOS, Windows).
  enableEmbeddedAsarIntegrityValidation: true,
  // ...and only app.asar is loaded, never an `app` folder placed beside it.
  onlyLoadAppFromAsar: true,
  // Cookies on disk encrypted with the OS key store, as in Chrome.
  enableCookieEncryption: true,
  // file:// pages get no more than a browser gives them: the app serves itself on app://.
  grantFileProtocolExtraPrivileges: false,
} as const;

interface FusesLibrary {
  FuseV1Options: Record<string, number>;
  flipFuses(path: string, config: object): Promise<number>;
  getCurrentFuseWire(path: string): Promise<Record<string, unknown>>;
}

interface FuseConstants {
  SENTINEL: string;
  FuseState: Record<'DISABLE' | 'ENABLE', number>;
}

describe('the packaging config (electron-builder.yml)', () => {
  it('is valid for the installed electron-builder', async () => {
    await expect(
      validateConfiguration(builderConfig(), { isEnabled: false, add() {} }),
    ).resolves.toBeUndefined();
  });

  it.each(Object.entries(REQUIRED_FUSES))('sets the fuse %s to %s', (fuse, value) => {
    const fuses = (builderConfig().electronFuses ?? {}) as Record<string, unknown>;
    expect(fuses[fuse]).toBe(value);
  });

  it('packs an asar and lets electron-builder embed its hash, which the fuses rely on', () => {
    const config = builderConfig();
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).not.toBe(true);
  });

  it('flips exactly these fuses in an Electron binary, as electron-builder does, offline', async () => {
    // The real binary cannot be downloaded here, so this is a stand-in with Electron's fuse wire:
    // the sentinel, wire version 1, eight fuses in their default states (on, off, on, on, off,
    // off, off, on). electron-builder turns the YAML into a fuse config (generateFuseConfig, which
    // its packager runs right before signing) and @electron/fuses, which comes with it, flips it.
    const fuses = fromBuilderLib('@electron/fuses') as FusesLibrary;
    const { SENTINEL, FuseState } = fromBuilderLib(
      '@electron/fuses/dist/constants.js',
    ) as FuseConstants;
    const { PlatformPackager } = fromBuilder('app-builder-lib') as {
      PlatformPackager: { prototype: { generateFuseConfig(fuses: object): Promise<object> } };
    };
    const config = await PlatformPackager.prototype.generateFuseConfig.call(
      undefined,
      builderConfig().electronFuses ?? {},
    );
    const dir = await mkdtemp(join(tmpdir(), 'scalepath-fuses-'));
    try {
      const binary = join(dir, 'electron');
      const defaults = '10110001';
      await writeFile(binary, `ELF…${SENTINEL}\u0001\u0008${defaults}…rest of the binary`);
      await fuses.flipFuses(binary, config);
      const wire = await fuses.getCurrentFuseWire(binary);
      const state = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE);
      expect(wire).toEqual({
        version: '1',
        [fuses.FuseV1Options.RunAsNode as number]: state(false),
        [fuses.FuseV1Options.EnableCookieEncryption as number]: state(true),
        [fuses.FuseV1Options.EnableNodeOptionsEnvironmentVariable as number]: state(false),
        [fuses.FuseV1Options.EnableNodeCliInspectArguments as number]: state(false),
        [fuses.FuseV1Options.EnableEmbeddedAsarIntegrityValidation as number]: state(true),
        [fuses.FuseV1Options.OnlyLoadAppFromAsar as number]: state(true),
        // Not set: keeps Electron's default.
        [fuses.FuseV1Options.LoadBrowserProcessSpecificV8Snapshot as number]: state(false),
        [fuses.FuseV1Options.GrantFileProtocolExtraPrivileges as number]: state(false),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
