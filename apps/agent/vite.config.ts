import { defineConfig } from 'vite';

// Served by the chat server at /agent/.
export default defineConfig({
  base: '/agent/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020' },
});
