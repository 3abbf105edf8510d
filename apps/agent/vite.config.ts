import { defineConfig } from 'vite';
import { precompress } from '../../packages/widget/precompress.ts';

// Served by the chat server at /agent/.
export default defineConfig({
  plugins: [precompress()],
  base: '/agent/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020' },
});
