import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

// Main and preload only; the renderer is built by `vite build --config vite.config.ts` into
// dist/renderer/, which main serves on app://scalepath/.
const root = import.meta.dirname;

export const electronViteConfig = defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'dist/electron/main'),
      // The packaged app ships dist/** only, no node_modules: bundle zod and everything else.
      externalizeDeps: false,
      lib: {
        entry: resolve(root, 'electron/main/index.ts'),
        // package.json says "type": "module", so index.js is an ES module, as "main" expects.
        formats: ['es'],
        fileName: () => 'index.js',
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'dist/electron/preload'),
      externalizeDeps: false,
      lib: {
        entry: resolve(root, 'electron/preload/index.ts'),
        // Sandboxed preloads cannot be ES modules, and can only require('electron').
        formats: ['cjs'],
        fileName: () => 'index.cjs',
      },
    },
  },
});

// electron-vite reads the default export.
export default electronViteConfig;
