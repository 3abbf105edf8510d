import { createOfficerSchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { createOfficer } from '../src/domain/officers/officer.service.ts';
import { createOffice } from '../src/domain/offices/office.service.ts';
import { settableClock } from '../src/time/clock.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';

const EMAIL = 'made@bps.go.id';
const PASSWORD = 'rahasia-tabanan-2';

function login(url: string, email: string, password: string) {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

describe('sign-in throttle', () => {
  it('after 5 failures for an e-mail refuses even the right password, for 15 minutes', async () => {
    const clock = settableClock(new Date('2026-11-16T01:00:00Z'));
    const { app, url } = await startTestApp(await connectTestDatabase(), { clock });
    await createOffice(app.context, { code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
    await createOfficer(
      app.context,
      createOfficerSchema.parse({ name: 'I Made', email: EMAIL, password: PASSWORD, offices: ['5102'] }),
    );

    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(url, EMAIL, `wrong-${attempt}`)).status).toBe(401);
    }
    const throttled = await login(url, EMAIL, PASSWORD);
    expect(throttled.status).toBe(429);
    expect(await throttled.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(throttled.headers.getSetCookie()).toEqual([]);

    clock.advance(14 * 60 * 1000);
    expect((await login(url, EMAIL, PASSWORD)).status).toBe(429);

    clock.advance(2 * 60 * 1000);
    expect((await login(url, EMAIL, PASSWORD)).status).toBe(200);
  });

  it('lets exactly 5 of 50 parallel guesses at one e-mail reach the password check, on two nodes', async () => {
    const mongo = await connectTestDatabase();
    const nodes = [await startTestApp(mongo), await startTestApp(mongo)];
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(nodes[i % 2]?.url ?? '', EMAIL, `guess-${i}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(45);
  });

  it('gives a successful sign-in its attempt back', async () => {
    const { app, url } = await startTestApp(await connectTestDatabase());
    await createOffice(app.context, { code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
    await createOfficer(
      app.context,
      createOfficerSchema.parse({ name: 'I Made', email: EMAIL, password: PASSWORD, offices: ['5102'] }),
    );
    for (let attempt = 1; attempt <= 8; attempt++) expect((await login(url, EMAIL, PASSWORD)).status).toBe(200);
  });

  it('throttles an unknown e-mail the same way, so the answer does not tell whether it exists', async () => {
    const { url } = await startTestApp(await connectTestDatabase());
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(url, 'nobody@bps.go.id', `guess-${attempt}`)).status).toBe(401);
    }
    const throttled = await login(url, 'nobody@bps.go.id', 'guess-6');
    expect(throttled.status).toBe(429);
    expect(await throttled.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });
});
