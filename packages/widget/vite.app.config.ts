import { defineConfig } from 'vite';

// The chat UI that runs in the iframe, served at /widget/ by the chat server.
export default defineConfig({
  root: 'src/app',
  base: '/widget/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: '../../dist', emptyOutDir: false, target: 'es2019' },
});
