// Types for the tests that import install-electron.mjs (TypeScript does not check .mjs here).
export declare const DEFAULT_TIMEOUT_MS: number;
export declare const OFFLINE_WARNING: string;
export declare const SKIPPED_NOTE: string;
export declare const MISSING_NOTE: string;
export type InstallOutcome = 'installed' | 'skipped' | 'missing' | 'failed' | 'timed-out';
export interface InstallOptions {
  installScript?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}
export declare function findElectronInstallScript(): string | undefined;
export declare function installElectron(options?: InstallOptions): Promise<InstallOutcome>;
