import { defineConfig } from 'vite';

// The loader: one small IIFE, `dist/widget.js`, no framework.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2019',
    lib: {
      entry: 'src/loader/loader.ts',
      formats: ['iife'],
      name: 'PSTLiveChatLoader',
      fileName: () => 'widget.js',
    },
  },
});
