import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import packageJson from './package.json' with { type: 'json' };
import { CONTENT_SECURITY_POLICY } from './shared/ipc/csp.ts';

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
  // The policy as a header too, as the desktop shell sends it on everything it serves: a worker is
  // held to its own response's policy, not to the page's <meta>.
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});

export default rendererConfig;
