/** Vite builds the workers' app into dist/app; `npm run dev` proxies /api to the server on :3000. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import bpmnlint from 'rollup-plugin-bpmnlint';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // bpmnlint: the modeler's `.bpmnlintrc` becomes code with its rules bundled (no run-time compilation under the CSP).
  plugins: [react(), bpmnlint()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/app', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
