import { officePublicSchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { createOffice, createOfficer, startWorld } from './support/world.ts';

/** The status, JSON content type and error code of a failed response. */
async function failure(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(typeof body.error.message).toBe('string');
  return { status: res.status, code: body.error.code };
}

const postJson = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('bad input over REST', () => {
  it('answers malformed JSON with 400 BAD_REQUEST and a body over 32 KB with 413 PAYLOAD_TOO_LARGE', async () => {
    const { url, app } = await startWorld();
    const malformed = await postJson(`${url}/api/auth/login`, '{"email": "putu@bps.go.id", "password": ');
    expect(await failure(malformed)).toEqual({ status: 400, code: 'BAD_REQUEST' });

    const huge = JSON.stringify({ email: 'putu@bps.go.id', password: 'x'.repeat(33 * 1024) });
    const tooLarge = await postJson(`${url}/api/auth/login`, huge);
    expect(await failure(tooLarge)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });

    const operator = await postJson(`${url}/api/auth/login`, JSON.stringify({ email: { $ne: null }, password: 'x' }));
    expect(await failure(operator)).toEqual({ status: 400, code: 'BAD_REQUEST' });
    // None of them reached the sign-in: no failed attempt was recorded.
    expect(await app.models.LoginAttempt.countDocuments()).toBe(0);
  });

  it('checks the office code of the widget route: 400 for a malformed one, 404 for an unknown one', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    expect(await failure(await fetch(`${world.url}/api/widget/abcd`))).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(await failure(await fetch(`${world.url}/api/widget/51020`))).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(await failure(await fetch(`${world.url}/api/widget/9999`))).toEqual({ status: 404, code: 'UNKNOWN_OFFICE' });
  });

  it('refuses a conversation id that is not an id with 400, for a signed-in officer', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const { cookie } = await createOfficer(world, '5102');
    for (const id of ['not-an-id', 'A'.repeat(24), '%7B%22%24ne%22%3Anull%7D']) {
      const res = await fetch(`${world.url}/api/conversations/${id}`, { headers: { cookie } });
      expect(await failure(res)).toEqual({ status: 400, code: 'BAD_REQUEST' });
    }
  });

  it('answers an unknown /api path with 404 NOT_FOUND as JSON', async () => {
    const { url } = await startWorld();
    expect(await failure(await fetch(`${url}/api/nope`))).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await failure(await postJson(`${url}/api/conversations`, '{}'))).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('serves the public office shape to any origin', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const res = await fetch(`${world.url}/api/widget/5102`, { headers: { origin: 'https://example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('set-cookie')).toBeNull();
    const office = officePublicSchema.strict().parse(await res.json());
    expect(office).toMatchObject({
      code: '5102',
      name: 'BPS 5102',
      timeZone: 'Asia/Makassar',
      zoneName: 'WITA',
      open: true,
      available: false,
    });
  });
});
