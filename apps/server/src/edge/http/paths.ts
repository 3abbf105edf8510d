import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** Where the built front ends are; `pnpm build` writes them. */
export const builtFiles = {
  widget: path.join(repoRoot, 'packages/widget/dist'),
  agent: path.join(repoRoot, 'apps/agent/dist'),
};
