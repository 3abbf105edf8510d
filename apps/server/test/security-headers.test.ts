import { describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { HOST_ORIGIN } from './support/world.ts';

/** A Content-Security-Policy header as directive → sources. */
function directives(header: string | null): Record<string, string[]> {
  const parsed: Record<string, string[]> = {};
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed[name] = sources;
  }
  return parsed;
}

/** What both UIs get: only their own scripts, styles and connections; nothing inline. */
const STRICT = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

async function productionApp() {
  const { app, url } = await startTestApp(await connectTestDatabase(), {
    serveFrontEnds: true,
    settings: { env: 'production', publicOrigins: ['https://livechat.bps.go.id'] },
  });
  await app.models.Office.create({
    code: '5102',
    name: 'BPS Kabupaten Tabanan',
    timeZone: 'Asia/Makassar',
    allowedOrigins: [HOST_ORIGIN],
  });
  return url;
}

describe('security headers', () => {
  it('the agent app: a strict CSP, never framed, its own browsing context group', async () => {
    const url = await productionApp();
    for (const path of ['/agent/', '/agent/index.html']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy');
      expect(csp, path).not.toContain('unsafe-');
      expect(directives(csp), path).toEqual({ ...STRICT, 'frame-ancestors': ["'none'"] });
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it("the widget page: the same strict CSP, framed only by the office's own websites", async () => {
    const url = await productionApp();
    const res = await fetch(`${url}/widget/?office=5102`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy');
    expect(csp).not.toContain('unsafe-');
    expect(directives(csp)).toEqual({ ...STRICT, 'frame-ancestors': ["'self'", HOST_ORIGIN] });
    // X-Frame-Options cannot name allowed sites; frame-ancestors does it.
    expect(res.headers.get('x-frame-options')).toBeNull();
    // Ignored while framed; keeps a page that opened it at top level from holding its window.
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');

    const unknownOffice = directives(
      (await fetch(`${url}/widget/?office=0000`)).headers.get('content-security-policy'),
    );
    expect(unknownOffice['frame-ancestors']).toEqual(["'self'"]);
  });

  it('nosniff on every response: the loader, hashed assets and the API', async () => {
    const url = await productionApp();
    for (const path of ['/widget.js', '/api/widget/5102', '/api/nothing-here', '/healthz']) {
      const res = await fetch(`${url}${path}`);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    // The loader runs on the office's website: no header of ours may keep it from loading there.
    const loader = await fetch(`${url}/widget.js`);
    expect(loader.headers.get('cross-origin-resource-policy')).toBeNull();
    expect(loader.headers.get('content-type')).toMatch(/javascript/);
  });

  it('none of the UI headers on the demo host pages, which stand for an office website', async () => {
    const { app, url } = await startTestApp(await connectTestDatabase(), { serveFrontEnds: true });
    await app.models.Office.create({ code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
    const res = await fetch(`${url}/demo/5102`);
    expect(res.status).toBe(200);
    // The chat UI takes the visitor's page from its referrer.
    expect(res.headers.get('referrer-policy')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBeNull();
  });
});
