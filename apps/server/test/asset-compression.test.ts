import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../src/edge/http/paths.ts';
import { acceptsCoding } from '../src/edge/http/precompressed.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';

interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** A raw GET: fetch would add its own Accept-Encoding and decompress, hiding what the server sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers as Record<string, string | undefined>,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const decoders: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };

async function productionApp(): Promise<string> {
  const { app, url } = await startTestApp(await connectTestDatabase(), {
    serveFrontEnds: true,
    settings: { env: 'production', publicOrigins: ['https://livechat.bps.go.id'] },
  });
  await app.models.Office.create({ code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
  return url;
}

/** Every text file a front end's build wrote, as its URL path and its file. */
function builtTextFiles(dir: string, prefix: string): { urlPath: string; file: string }[] {
  return readdirSync(path.join(dir, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => ({ urlPath: `${prefix}/assets/${name}`, file: path.join(dir, 'assets', name) }));
}

describe('compressed, well-cached front-end assets', () => {
  it('sends brotli or gzip for every text asset, the same bytes once decoded', async () => {
    const url = await productionApp();
    const assets = [
      { urlPath: '/widget.js', file: path.join(builtFiles.widget, 'widget.js') },
      { urlPath: '/widget/?office=5102', file: path.join(builtFiles.widget, 'index.html') },
      { urlPath: '/agent/', file: path.join(builtFiles.agent, 'index.html') },
      ...builtTextFiles(builtFiles.widget, '/widget'),
      ...builtTextFiles(builtFiles.agent, '/agent'),
    ];
    expect(assets.length).toBeGreaterThanOrEqual(7);
    for (const { urlPath, file } of assets) {
      const original = readFileSync(file);
      for (const [accept, coding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0, gzip;q=0.5', 'gzip'],
      ] as const) {
        const res = await get(`${url}${urlPath}`, { 'accept-encoding': accept });
        expect(res.status, urlPath).toBe(200);
        expect(res.headers['content-encoding'], `${urlPath} ${accept}`).toBe(coding);
        expect(res.headers.vary, urlPath).toMatch(/Accept-Encoding/i);
        expect(res.body.length, urlPath).toBeLessThan(original.length);
        expect(decoders[coding]?.(res.body).equals(original), urlPath).toBe(true);
      }
      // A client that accepts neither gets the plain file.
      const plain = await get(`${url}${urlPath}`);
      expect(plain.headers['content-encoding'], urlPath).toBeUndefined();
      expect(plain.body.equals(original), urlPath).toBe(true);
    }
  });

  it('hashed assets are immutable; pages and the loader revalidate by ETag', async () => {
    const url = await productionApp();
    for (const { urlPath } of [
      ...builtTextFiles(builtFiles.widget, '/widget'),
      ...builtTextFiles(builtFiles.agent, '/agent'),
    ]) {
      const res = await get(`${url}${urlPath}`, { 'accept-encoding': 'br' });
      expect(res.headers['cache-control'], urlPath).toBe('public, max-age=31536000, immutable');
    }
    for (const urlPath of ['/widget/?office=5102', '/agent/']) {
      expect((await get(`${url}${urlPath}`, { 'accept-encoding': 'br' })).headers['cache-control']).toBe('no-cache');
    }

    const loader = await get(`${url}/widget.js`, { 'accept-encoding': 'br' });
    expect(loader.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(loader.headers['content-type']).toMatch(/javascript/);
    const etag = loader.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const again = await get(`${url}/widget.js`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // Another coding is another representation: its own ETag, so a cached br copy never answers a gzip client.
    const gzip = await get(`${url}/widget.js`, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.etag).not.toBe(etag);
  });

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect(acceptsCoding('gzip, deflate, br', 'br')).toBe(true);
    expect(acceptsCoding('gzip;q=1.0, br;q=0', 'br')).toBe(false);
    expect(acceptsCoding('GZIP', 'gzip')).toBe(true);
    expect(acceptsCoding('identity', 'gzip')).toBe(false);
    expect(acceptsCoding(undefined, 'br')).toBe(false);
  });
});
