import { createOfficerSchema, officeAdminSchema, officerSelfSchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { createOfficer } from '../src/domain/officers/officer.service.ts';
import { createOffice } from '../src/domain/offices/office.service.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';

const PASSWORD = 'rahasia-yang-panjang';

/** An app with office 5100 (BPS Bali) and one signed-in officer of the given role there or at `offices`. */
async function setup(role: 'officer' | 'supervisor' | 'admin', offices: string[] = ['5100']) {
  const { app, url } = await startTestApp(await connectTestDatabase());
  for (const code of new Set(['5100', ...offices])) {
    await createOffice(app.context, { code, name: `BPS ${code}`, timeZone: 'Asia/Makassar' });
  }
  const email = `${role}@bps.go.id`;
  await createOfficer(
    app.context,
    createOfficerSchema.parse({ name: `The ${role}`, email, password: PASSWORD, role, offices }),
  );
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
  };
  return { app, url, call };
}

const newOfficer = (offices: string[], role = 'officer') => ({
  name: 'Gede Wirawan',
  email: `gede.${offices.join('-')}.${role}@bps.go.id`,
  password: PASSWORD,
  role,
  offices,
});

describe('admin REST API', () => {
  it('lets an admin create, read and change an office, and create and list an officer', async () => {
    const { call } = await setup('admin');

    const created = await call('POST', '/api/admin/offices', {
      code: '5102',
      name: 'BPS Kabupaten Tabanan',
      timeZone: 'Asia/Makassar',
      serviceHours: [{ weekday: 1, start: '08:00', end: '15:30' }],
    });
    expect(created.status).toBe(201);
    expect(officeAdminSchema.parse(created.body)).toMatchObject({ code: '5102', routingMode: 'auto' });
    expect(
      (await call('POST', '/api/admin/offices', { code: '5102', name: 'Again', timeZone: 'Asia/Makassar' })).status,
    ).toBe(409);

    const changed = await call('PATCH', '/api/admin/offices/5102', {
      routingMode: 'manual',
      allowedOrigins: ['https://TabananKab.bps.go.id/'],
      widget: { colour: '#123456' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      routingMode: 'manual',
      allowedOrigins: ['https://tabanankab.bps.go.id'],
      serviceHours: [{ weekday: 1, start: '08:00', end: '15:30' }],
      widget: { colour: '#123456', position: 'right' },
    });
    expect((await call('GET', '/api/admin/offices/5102')).body).toEqual(changed.body);
    expect(
      officeAdminSchema
        .array()
        .parse((await call('GET', '/api/admin/offices')).body)
        .map((o) => o.code),
    ).toEqual(['5100', '5102']);
    expect((await call('PATCH', '/api/admin/offices/5102', { allowedOrigins: ['https://x.id/page'] })).status).toBe(
      400,
    );

    const officer = await call('POST', '/api/admin/officers', newOfficer(['5102']));
    expect(officer.status).toBe(201);
    expect(officer.body).not.toHaveProperty('passwordHash');
    expect((await call('POST', '/api/admin/officers', newOfficer(['5102']))).status).toBe(409);
    const listed = await call('GET', '/api/admin/officers?office=5102');
    expect(listed.body).toEqual([officer.body]);
  });

  it('lets a supervisor manage officers of their own offices only, and never make an admin', async () => {
    const { app, call } = await setup('supervisor', ['5102']);
    await createOffice(app.context, { code: '5108', name: 'BPS Kabupaten Buleleng', timeZone: 'Asia/Makassar' });
    const elsewhere = await createOfficer(app.context, createOfficerSchema.parse(newOfficer(['5108'])));

    const own = await call('POST', '/api/admin/officers', newOfficer(['5102']));
    expect(own.status).toBe(201);
    const ownId = officerSelfSchema.parse(own.body).id;
    expect((await call('PATCH', `/api/admin/officers/${ownId}`, { name: 'Gede W.' })).status).toBe(200);
    expect((await call('GET', '/api/admin/officers?office=5102')).status).toBe(200);

    const forbidden = [
      await call('POST', '/api/admin/officers', newOfficer(['5108'])),
      await call('POST', '/api/admin/officers', newOfficer(['5102'], 'admin')),
      await call('PATCH', `/api/admin/officers/${ownId}`, { role: 'admin' }),
      await call('PATCH', `/api/admin/officers/${ownId}`, { offices: ['5108'] }),
      await call('PATCH', `/api/admin/officers/${elsewhere.id}`, { disabled: true }),
      await call('GET', '/api/admin/officers?office=5108'),
      await call('POST', '/api/admin/offices', { code: '5103', name: 'BPS Badung', timeZone: 'Asia/Makassar' }),
    ];
    for (const res of forbidden) expect(res).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });

  it('refuses an officer with 403 and a stranger with 401', async () => {
    const { url, call } = await setup('officer');
    expect((await call('GET', '/api/admin/officers?office=5100')).status).toBe(403);
    expect((await call('POST', '/api/admin/officers', newOfficer(['5100']))).status).toBe(403);
    expect((await call('GET', '/api/admin/offices')).status).toBe(403);
    expect((await fetch(`${url}/api/admin/offices`)).status).toBe(401);
  });

  it('answers 400 BAD_REQUEST to operator objects and other bad input', async () => {
    const { url, call } = await setup('admin');
    const operatorLogin = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: { $ne: null }, password: { $ne: null } }),
    });
    expect(operatorLogin.status).toBe(400);
    expect(await operatorLogin.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });

    const bad = [
      await call('POST', '/api/admin/officers', { ...newOfficer(['5100']), email: { $ne: null } }),
      await call('POST', '/api/admin/offices', { code: { $gt: '' }, name: 'x', timeZone: 'Asia/Makassar' }),
      await call('PATCH', '/api/admin/officers/not-an-id', { disabled: true }),
      await call('PATCH', '/api/admin/officers/0123456789abcdef01234567', { disabled: 'yes' }),
      await call('GET', '/api/admin/offices/51x2'),
      await call('GET', '/api/admin/officers?office=5100&office=5102'),
    ];
    for (const res of bad) expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
  });
});
