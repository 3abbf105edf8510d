import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler, Response } from 'express';

/** The copies the front ends' build writes beside each text file, best first. */
const CODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

interface Known {
  mtimeMs: number;
  /** The content's hash: the same on every node and every build of the same bytes, unlike size and mtime. */
  tag: string;
  codings: Set<string>;
}

/** Whether an `Accept-Encoding` header accepts a coding (named, with no `q=0`). */
export function acceptsCoding(header: string | undefined, coding: string): boolean {
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (name.toLowerCase() !== coding) continue;
    const q = params.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/**
 * Serves a built front end's files, sending the brotli or gzip copy the build
 * wrote when the browser accepts it (`packages/widget/precompress.ts`), with a
 * content-hash ETag per coding so revalidation answers 304 across nodes.
 * Files it does not know (none after `pnpm build`) go to the next handler.
 */
export function precompressed(dir: string, cacheControl: (file: string) => string): RequestHandler {
  const known = new Map<string, Known>();

  async function describe(file: string): Promise<Known | undefined> {
    const stats = await stat(file).catch(() => undefined);
    if (!stats?.isFile()) return undefined;
    const cached = known.get(file);
    // A rebuild (`pnpm dev`) rewrites a file and its copies: the mtime tells.
    if (cached && cached.mtimeMs === stats.mtimeMs) return cached;
    const tag = createHash('sha256')
      .update(await readFile(file))
      .digest('base64url')
      .slice(0, 22);
    const codings = new Set<string>();
    for (const { name, suffix } of CODINGS) {
      if ((await stat(file + suffix).catch(() => undefined))?.isFile()) codings.add(name);
    }
    const entry = { mtimeMs: stats.mtimeMs, tag, codings };
    known.set(file, entry);
    return entry;
  }

  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    // `/agent` without its slash: express.static redirects it to `/agent/`, where the page's URLs resolve.
    if (relative === '/' && !req.originalUrl.split('?')[0]?.endsWith('/')) return next();
    if (relative.endsWith('/')) relative += 'index.html';
    const file = path.join(dir, relative);
    if (!file.startsWith(dir + path.sep) || relative.split('/').some((s) => s.startsWith('.'))) return next();
    const entry = await describe(file).catch(() => undefined);
    if (!entry) return next();

    const coding = CODINGS.find(
      (c) => entry.codings.has(c.name) && acceptsCoding(req.headers['accept-encoding'], c.name),
    );
    res.type(path.extname(file));
    if (entry.codings.size) res.vary('Accept-Encoding');
    if (coding) res.setHeader('Content-Encoding', coding.name);
    res.setHeader('ETag', `"${entry.tag}${coding ? `-${coding.name}` : ''}"`);
    res.setHeader('Cache-Control', cacheControl(file));
    sendWithoutOwnHeaders(res, coding ? file + coding.suffix : file, next);
  };
}

/** `send` answers 304 from the ETag set above; its own ETag, Last-Modified and ranges are off. */
function sendWithoutOwnHeaders(res: Response, file: string, next: (err?: unknown) => void): void {
  res.sendFile(file, { etag: false, lastModified: false, acceptRanges: false, cacheControl: false }, (err) => {
    if (err && !res.headersSent) next(err);
  });
}
