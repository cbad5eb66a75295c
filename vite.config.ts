import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import packageJson from './package.json' with { type: 'json' };

/**
 * The renderer: built to static files with relative paths in dist/renderer/, which the desktop
 * shell serves from app://scalepath/ and `vite preview` serves for the end-to-end tests.
 */

// The dev server needs inline scripts (React refresh) and a websocket, which the strict CSP
// forbids; the production build keeps the <meta> exactly as written in index.html.
function relaxCspInDev(): Plugin {
  return {
    name: 'scalepath-relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export const rendererConfig = defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), relaxCspInDev()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});

export default rendererConfig;
