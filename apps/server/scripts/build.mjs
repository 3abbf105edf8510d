// Compiles the server to plain JavaScript for production (`node dist/index.js`): one ES module per entry,
// our code and the workspace's TypeScript packages bundled, npm dependencies left to node_modules. No
// source maps: production stack traces cost nothing to build. `pnpm start` (quick start) still runs tsx.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const npmPackages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
  (name) => !name.startsWith('@pst/'),
);

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', admin: 'src/edge/cli/admin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: npmPackages.flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
});
