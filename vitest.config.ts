import { defineConfig } from 'vitest/config';

// One `vitest run` for the whole tree; each workspace has its own project config.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
