import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The clients' dependency rule. The UIs and this package import from @pst/protocol's main entry only with
// `import type` (a value import bundles zod, about 30 KB gzip; values come from @pst/protocol/constants), never
// zod itself, and no app or UI imports another. Test files may import values from the main entry: they are
// never bundled, and some check the UIs' rules against the schemas.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The workspaces under the rule, and the internal packages each may import. */
const clients = [
  { dir: 'packages/client', allowed: ['@pst/protocol'] },
  { dir: 'packages/widget', allowed: ['@pst/protocol', '@pst/client'] },
  { dir: 'apps/agent', allowed: ['@pst/protocol', '@pst/client'] },
];

interface Source {
  file: string;
  text: string;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s+['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import of a file: what it names, from where, and whether it is type-only as a whole. */
function importsOf(text: string) {
  const found: { from: string; typeOnly: boolean }[] = [];
  for (const [, , type, , from] of text.matchAll(IMPORT)) found.push({ from: from as string, typeOnly: !!type });
  for (const [, from] of text.matchAll(BARE_IMPORT)) found.push({ from: from as string, typeOnly: false });
  for (const [, from] of text.matchAll(DYNAMIC_IMPORT)) found.push({ from: from as string, typeOnly: false });
  return found;
}

/** What breaks the rule in `sources` of the workspace at `dir`. */
function violations(dir: string, allowed: string[], sources: Source[]): string[] {
  const found: string[] = [];
  for (const { file, text } of sources) {
    const isTest = /\.test\.tsx?$/.test(file);
    for (const { from, typeOnly } of importsOf(text)) {
      const where = `${file}: ${from}`;
      if (from === 'zod' || from.startsWith('zod/')) found.push(`${where} (zod)`);
      else if (from === '@pst/protocol' && !typeOnly && !isTest)
        found.push(`${where} (a value import: use import type)`);
      else if (from.startsWith('@pst/') && !allowed.some((name) => from === name || from.startsWith(`${name}/`)))
        found.push(`${where} (another workspace)`);
      else if (from.startsWith('.') && path.relative(dir, path.join(path.dirname(file), from)).startsWith('..'))
        found.push(`${where} (outside its workspace)`);
    }
  }
  return found;
}

function sourcesOf(dir: string): Source[] {
  const walk = (at: string): string[] =>
    readdirSync(path.join(root, at), { withFileTypes: true }).flatMap((entry) => {
      const next = path.join(at, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : walk(next);
      return /\.tsx?$/.test(entry.name) ? [next] : [];
    });
  return walk(path.join(dir, 'src')).map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
}

describe('the clients’ dependency rule', () => {
  it.each(clients)('holds in $dir', ({ dir, allowed }) => {
    const sources = sourcesOf(dir);
    expect(sources.length).toBeGreaterThan(5);
    expect(violations(dir, allowed, sources)).toEqual([]);
  });

  it('catches what it forbids', () => {
    const bad = (text: string, file = 'apps/agent/src/x.ts') =>
      violations('apps/agent', ['@pst/protocol', '@pst/client'], [{ file, text }]);
    expect(bad("import { z } from 'zod';")).toHaveLength(1);
    expect(bad("import { guestBookSchema } from '@pst/protocol';")).toHaveLength(1);
    // `verbatimModuleSyntax` keeps `import { type X }` as a bare import of the module: zod would load.
    expect(bad("import { type Message } from '@pst/protocol';")).toHaveLength(1);
    expect(bad("import * as protocol from '@pst/protocol';")).toHaveLength(1);
    expect(bad("import '@pst/protocol';")).toHaveLength(1);
    expect(bad("const p = await import('@pst/protocol');")).toHaveLength(1);
    expect(bad("export { errorCodes } from '@pst/protocol';")).toHaveLength(1);
    expect(bad("import { createApp } from '@pst/server';")).toHaveLength(1);
    expect(bad("import { startWidget } from '../../../packages/widget/src/app/widget.tsx';")).toHaveLength(1);
    expect(bad("import {\n  type Message,\n  type Ack,\n} from '@pst/protocol';")).toHaveLength(1);

    expect(bad("import type { Message } from '@pst/protocol';")).toEqual([]);
    expect(bad("export type { Language } from '@pst/protocol/constants';")).toEqual([]);
    expect(bad("import { languages } from '@pst/protocol/constants';")).toEqual([]);
    expect(bad("import { createOutbox } from '@pst/client';")).toEqual([]);
    expect(bad("import { id } from './i18n/id.ts';")).toEqual([]);
    expect(bad("import * as protocol from '@pst/protocol';", 'apps/agent/src/x.test.ts')).toEqual([]);
  });
});
