import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const src = path.join(repo, 'apps/server/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every module a file imports or re-exports, type-only imports included, resolved when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? '');
  return [...specifiers, ...dynamic].map((spec) =>
    spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec,
  );
}

const under = (folder: string) => (target: string) => target.startsWith(path.join(src, folder) + path.sep);
const isPackage = (name: string) => (target: string) => target === name || target.startsWith(`${name}/`);

/** Files of `folder` that import something `forbidden` matches, as "file -> import". */
function violations(files: string[], forbidden: ((target: string) => boolean)[]): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.some((rule) => rule(target)))
      .map((target) => `${path.relative(repo, file)} -> ${path.relative(repo, target) || target}`),
  );
}

const allServer = sourceFiles(src);
const filesUnder = (folder: string) => allServer.filter(under(folder));

describe('the dependency rule (README, Architecture)', () => {
  it('finds the files it checks', () => {
    expect(filesUnder('domain').length).toBeGreaterThan(10);
    expect(filesUnder('store').length).toBeGreaterThan(10);
    expect(importsOf(path.join(src, 'store/connect.ts'))).toContain('mongoose');
  });

  it('the domain imports neither Express, Socket.IO nor Mongoose, nor an edge, an adapter, the policy or a model', () => {
    const forbidden = [
      isPackage('express'),
      isPackage('socket.io'),
      isPackage('mongoose'),
      under('edge'),
      under('outbound'),
      under('jobs'),
      under('store/models'),
      (target: string) => target === path.join(src, 'store/models.ts'),
      (target: string) => target === path.join(src, 'store/connect.ts'),
    ];
    expect(violations(filesUnder('domain'), [...forbidden, under('access')])).toEqual([]);
    expect(violations(filesUnder('access'), forbidden)).toEqual([]);
  });

  it('only the store imports Mongoose', () => {
    const outside = allServer.filter((file) => !under('store')(file));
    expect(violations(outside, [isPackage('mongoose')])).toEqual([]);
  });

  it('the store imports no domain, edge or adapter', () => {
    expect(
      violations(filesUnder('store'), [under('domain'), under('edge'), under('outbound'), under('access')]),
    ).toEqual([]);
  });

  it('apps never import each other, nor the widget', () => {
    const apps = ['apps/server', 'apps/agent', 'packages/widget'];
    for (const app of apps) {
      const files = sourceFiles(path.join(repo, app, 'src'));
      const others = apps.filter((other) => other !== app).map((other) => path.join(repo, other) + path.sep);
      const forbidden = (target: string) => others.some((other) => target.startsWith(other));
      expect(violations(files, [forbidden])).toEqual([]);
    }
  });
});
