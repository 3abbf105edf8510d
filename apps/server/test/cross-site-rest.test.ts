import { describe, expect, it } from 'vitest';
import { connectAgent, createOffice, createOfficer, startWorld, visitorAsks, type World } from './support/world.ts';

type Headers = Record<string, string>;

/** A state-changing request as a browser page would send it: the headers say where from and what the body is. */
function send(world: World, method: string, path: string, headers: Headers, body?: string) {
  return fetch(`${world.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
}

const json = (value: unknown) => JSON.stringify(value);
const JSON_TYPE = { 'content-type': 'application/json' };

async function signedInOfficer() {
  const world = await startWorld();
  await createOffice(world, '5102', { routingMode: 'auto' });
  const officer = await createOfficer(world, '5102');
  await connectAgent(world, officer.cookie);
  const { conversation } = await visitorAsks(world);
  return { world, officer, notes: `/api/conversations/${conversation.id}/notes` };
}

async function notesStored(world: World): Promise<number> {
  return world.app.models.Note.countDocuments();
}

describe('cookie-authenticated REST from another site', () => {
  it('refuses a state-changing request whose Origin is not ours, before it changes anything', async () => {
    const { world, officer, notes } = await signedInOfficer();
    const own = new URL(world.url);
    const foreign = [
      'https://evil.example',
      'null',
      `http://${own.hostname}:${Number(own.port) + 1}`,
      `https://${own.host}`,
    ];
    for (const origin of foreign) {
      const res = await send(
        world,
        'POST',
        notes,
        { cookie: officer.cookie, origin, ...JSON_TYPE },
        json({ text: 'x' }),
      );
      expect(res.status, origin).toBe(403);
      expect(await res.json()).toEqual({ error: { code: 'ORIGIN_NOT_ALLOWED', message: expect.any(String) } });
    }
    for (const method of ['PATCH', 'PUT', 'DELETE']) {
      const res = await send(world, method, '/api/offices/5102/canned-responses/x', {
        cookie: officer.cookie,
        origin: 'https://evil.example',
      });
      expect(res.status, method).toBe(403);
    }
    expect(await notesStored(world)).toBe(0);

    const ours = await send(
      world,
      'POST',
      notes,
      { cookie: officer.cookie, origin: world.url, ...JSON_TYPE },
      json({ text: 'x' }),
    );
    expect(ours.status).toBe(201);
  });

  it('without an Origin, decides by Sec-Fetch-Site; with neither (curl, the CLI), lets the request through', async () => {
    const { world, officer, notes } = await signedInOfficer();
    for (const site of ['same-site', 'cross-site', 'none']) {
      const res = await send(
        world,
        'POST',
        notes,
        { cookie: officer.cookie, 'sec-fetch-site': site, ...JSON_TYPE },
        json({ text: 'x' }),
      );
      expect(res.status, site).toBe(403);
    }
    expect(await notesStored(world)).toBe(0);

    const sameOrigin = { cookie: officer.cookie, 'sec-fetch-site': 'same-origin', ...JSON_TYPE };
    expect((await send(world, 'POST', notes, sameOrigin, json({ text: 'a' }))).status).toBe(201);
    expect(
      (await send(world, 'POST', notes, { cookie: officer.cookie, ...JSON_TYPE }, json({ text: 'b' }))).status,
    ).toBe(201);
    // Reading is not guarded here: the browser keeps another site from reading the answer.
    const read = await send(world, 'GET', notes, { cookie: officer.cookie, origin: 'https://evil.example' });
    expect(read.status).toBe(200);
  });

  it('refuses a body that is not JSON (a form or text/plain needs no CORS preflight), but not a bodyless POST', async () => {
    const { world, officer, notes } = await signedInOfficer();
    const plain = await send(
      world,
      'POST',
      '/api/auth/logout',
      { cookie: officer.cookie, 'content-type': 'text/plain' },
      'x',
    );
    expect(plain.status).toBe(415);
    expect(await plain.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
    const form = await send(
      world,
      'POST',
      notes,
      { cookie: officer.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      'text=x',
    );
    expect(form.status).toBe(415);
    expect((await send(world, 'POST', notes, { cookie: officer.cookie }, json({ text: 'x' }))).status).toBe(415);
    expect(await notesStored(world)).toBe(0);
    // Still signed in.
    expect((await send(world, 'GET', '/api/auth/me', { cookie: officer.cookie })).status).toBe(200);

    const charset = { cookie: officer.cookie, 'content-type': 'application/json; charset=utf-8' };
    expect((await send(world, 'POST', notes, charset, json({ text: 'x' }))).status).toBe(201);
    const logout = await send(world, 'POST', '/api/auth/logout', { cookie: officer.cookie, origin: world.url });
    expect(logout.status).toBe(204);
    expect((await send(world, 'GET', '/api/auth/me', { cookie: officer.cookie })).status).toBe(401);
  });

  it('refuses a sign-in from another site, so it cannot plant a session (login CSRF)', async () => {
    const world = await startWorld();
    const body = json({ email: 'nobody@bps.go.id', password: 'does-not-matter-here' });
    const res = await send(world, 'POST', '/api/auth/login', { origin: 'https://evil.example', ...JSON_TYPE }, body);
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
    // From our origin the same request reaches the sign-in check.
    const ours = await send(world, 'POST', '/api/auth/login', { origin: world.url, ...JSON_TYPE }, body);
    expect(ours.status).toBe(401);
  });
});
