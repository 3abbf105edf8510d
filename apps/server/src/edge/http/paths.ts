import path from 'node:path';
import { repoRoot } from '../../repo-root.ts';

/** Where the built front ends are; `pnpm build` writes them. */
export const builtFiles = {
  widget: path.join(repoRoot, 'packages/widget/dist'),
  agent: path.join(repoRoot, 'apps/agent/dist'),
};
