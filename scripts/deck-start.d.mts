// Types for the tests that import deck-start.mjs (TypeScript does not check .mjs here).
export declare const ENTRY: string;
export declare const CACHE_DIR: string;
export interface BundleManifest {
  files: Record<string, string>;
}
export declare function isFresh(manifest: unknown): Promise<boolean>;
export declare function deckBundle(cacheDir?: string): Promise<string>;
