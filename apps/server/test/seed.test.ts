import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../src/domain/offices/seed.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';

/** The status of a sign-in with these credentials. */
async function login(url: string, email: string, password: string): Promise<number> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe('seeding an empty database', () => {
  it('in development adds the always-open demo office and an admin who can sign in', { timeout: 60_000 }, async () => {
    const { app, url } = await startTestApp(await connectTestDatabase(), { settings: { env: 'development' } });
    await seedIfEmpty(app.context);
    const codes = (await app.models.Office.find().sort({ code: 1 })).map((office) => office.code);
    expect(codes).toEqual(['5100', '5102', '5108', '7406', '7604', '9999']);
    const admin = await app.models.Officer.findOne({ role: 'admin' });
    expect(admin?.email).toBe('admin@demo.pst.local');
    expect(admin?.offices).toEqual(codes);
    expect(await login(url, 'admin@demo.pst.local', 'demo-admin-pst')).toBe(200);

    await seedIfEmpty(app.context);
    expect(await app.models.Office.countDocuments()).toBe(6);
  });

  it('in production adds only the offices of the standards, with no admin and no known password', async () => {
    const { app, url } = await startTestApp(await connectTestDatabase(), { settings: { env: 'production' } });
    await seedIfEmpty(app.context);
    expect(await app.models.Office.countDocuments()).toBe(5);
    expect(await app.models.Office.countDocuments({ code: '9999' })).toBe(0);
    expect(await app.models.Officer.countDocuments({ role: 'admin' })).toBe(0);
    expect(await login(url, 'petugas1.5102@demo.pst.local', 'demo-5102-pst')).toBe(401);
  });
});
