import { createOfficerSchema, officerSelfSchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { createOfficer, updateOfficer } from '../src/domain/officers/officer.service.ts';
import { createOffice } from '../src/domain/offices/office.service.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';

const EMAIL = 'luh.putu@bps.go.id';
const PASSWORD = 'rahasia-tabanan-1';

async function setup() {
  const { app, url } = await startTestApp(await connectTestDatabase());
  await createOffice(app.context, { code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
  const officer = await createOfficer(
    app.context,
    createOfficerSchema.parse({ name: 'Ni Luh Putu', email: EMAIL, password: PASSWORD, offices: ['5102'] }),
  );
  return { app, url, officer };
}

function login(url: string, body: unknown, cookie?: string) {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

/** The `pst_session=<token>` pair a response set, ready for a Cookie header. */
function sessionCookie(res: Response): string {
  const header = res.headers.getSetCookie().find((cookie) => cookie.startsWith('pst_session='));
  if (!header) throw new Error('no pst_session cookie set');
  return header.split(';')[0] as string;
}

function me(url: string, cookie?: string) {
  return fetch(`${url}/api/auth/me`, { headers: cookie ? { cookie } : {} });
}

describe('officer sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and /me answers with the officer', async () => {
    const { url, officer } = await setup();
    const res = await login(url, { email: 'Luh.Putu@BPS.go.id', password: PASSWORD });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(officerSelfSchema.strict().parse(body)).toEqual({
      id: officer.id,
      name: 'Ni Luh Putu',
      email: EMAIL,
      role: 'officer',
      offices: ['5102'],
      status: 'offline',
    });

    const [setCookie] = res.headers.getSetCookie();
    expect(setCookie).toMatch(/^pst_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('; HttpOnly');
    expect(setCookie).toContain('; SameSite=Lax');
    expect(setCookie).toContain('; Path=/;');
    expect(setCookie).toContain(`Max-Age=${12 * 60 * 60}`);
    expect(setCookie).not.toContain('Secure');

    const cookie = sessionCookie(res);
    const mine = await me(url, cookie);
    expect(mine.status).toBe(200);
    expect(await mine.json()).toEqual(body);

    const anonymous = await me(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('gives a new session id on every login and ends the session the browser had', async () => {
    const { url } = await setup();
    const first = sessionCookie(await login(url, { email: EMAIL, password: PASSWORD }));
    const second = sessionCookie(await login(url, { email: EMAIL, password: PASSWORD }, first));
    expect(second).not.toBe(first);
    expect((await me(url, first)).status).toBe(401);
    expect((await me(url, second)).status).toBe(200);
  });

  it('logout ends the session and clears the cookie', async () => {
    const { url } = await setup();
    const cookie = sessionCookie(await login(url, { email: EMAIL, password: PASSWORD }));
    const res = await fetch(`${url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie()[0]).toMatch(/^pst_session=; .*Max-Age=0/);
    expect((await me(url, cookie)).status).toBe(401);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const { url } = await setup();
    const wrongPassword = await login(url, { email: EMAIL, password: 'not-the-password' });
    const unknownEmail = await login(url, { email: 'nobody@bps.go.id', password: PASSWORD });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const body = await wrongPassword.json();
    expect(body).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'E-mail atau kata sandi salah. / Wrong e-mail or password.' },
    });
    expect(await unknownEmail.json()).toEqual(body);
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a disabled officer, with the same answer, and ends their sessions', async () => {
    const { app, url, officer } = await setup();
    const cookie = sessionCookie(await login(url, { email: EMAIL, password: PASSWORD }));
    await updateOfficer(app.context, officer.id, { disabled: true });

    expect((await me(url, cookie)).status).toBe(401);
    const res = await login(url, { email: EMAIL, password: PASSWORD });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'E-mail atau kata sandi salah. / Wrong e-mail or password.' },
    });
  });
});
