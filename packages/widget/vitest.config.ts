import { defineProject } from 'vitest/config';

export default defineProject({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    name: 'widget',
    environment: 'happy-dom',
    setupFiles: ['vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
