import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

// The chat UI that runs in the iframe, served at /widget/ by the chat server.
export default defineConfig({
  plugins: [precompress()],
  root: 'src/app',
  base: '/widget/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // No modulepreload helper (about 1.2 KB): the one lazy chunk, the upload code, imports nothing of its own.
  build: { outDir: '../../dist', emptyOutDir: false, target: 'es2019', modulePreload: false },
});
