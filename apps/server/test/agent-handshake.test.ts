import { createOfficerSchema } from '@pst/protocol';
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createOfficer } from '../src/domain/officers/officer.service.ts';
import { createOffice } from '../src/domain/offices/office.service.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';

const OFFICER = { name: 'Kadek Ayu', email: 'kadek@bps.go.id', password: 'rahasia-tabanan-3', offices: ['5102'] };
const ADMIN = {
  name: 'Admin Bali',
  email: 'admin@bps.go.id',
  password: 'rahasia-bali-admin',
  role: 'admin',
  offices: ['5102'],
};

async function setup() {
  const { app, url } = await startTestApp(await connectTestDatabase());
  await createOffice(app.context, { code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
  const officer = await createOfficer(app.context, createOfficerSchema.parse(OFFICER));
  return { app, url, officer };
}

async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

function agentSocket(url: string, cookie?: string): Socket {
  const socket = io(`${url}/agent`, {
    extraHeaders: { origin: url, ...(cookie ? { cookie } : {}) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  onTestFinished(() => {
    socket.disconnect();
  });
  return socket;
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
}

function refused(socket: Socket): Promise<Error & { data?: { code: string; message: string } }> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected without a session')));
    socket.once('connect_error', resolve);
  });
}

function disconnected(socket: Socket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', resolve));
}

describe('/agent handshake', () => {
  it('admits a socket with a live session cookie and puts it in the officer and session rooms', async () => {
    const { app, url, officer } = await setup();
    const socket = agentSocket(url, await login(url, OFFICER.email, OFFICER.password));
    await connected(socket);

    const [server] = await app.realtime.agent.fetchSockets();
    expect(server?.data.officer).toMatchObject({ id: officer.id, email: OFFICER.email, role: 'officer' });
    const sessionId: string = server?.data.officer.sessionId;
    expect(sessionId).toMatch(/^[0-9a-f]{64}$/);
    expect([...(server?.rooms ?? [])]).toEqual(
      expect.arrayContaining([`officer:${officer.id}`, `session:${sessionId}`]),
    );
  });

  it('refuses a socket without a session, or with an unknown one, with code UNAUTHENTICATED', async () => {
    const { url } = await setup();
    const none = await refused(agentSocket(url));
    expect(none.message).toBe('UNAUTHENTICATED');
    expect(none.data?.code).toBe('UNAUTHENTICATED');

    const forged = await refused(agentSocket(url, `pst_session=${'A'.repeat(43)}`));
    expect(forged.data?.code).toBe('UNAUTHENTICATED');
  });

  it('logout disconnects the sockets of that session at once', async () => {
    const { url } = await setup();
    const cookie = await login(url, OFFICER.email, OFFICER.password);
    const socket = agentSocket(url, cookie);
    await connected(socket);
    const gone = disconnected(socket);

    const res = await fetch(`${url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect((await refused(agentSocket(url, cookie))).data?.code).toBe('UNAUTHENTICATED');
  });

  it('disabling the officer through the admin REST API disconnects their sockets at once', async () => {
    const { app, url, officer } = await setup();
    await createOfficer(app.context, createOfficerSchema.parse(ADMIN));
    const socket = agentSocket(url, await login(url, OFFICER.email, OFFICER.password));
    await connected(socket);
    const gone = disconnected(socket);

    const admin = await login(url, ADMIN.email, ADMIN.password);
    const res = await fetch(`${url}/api/admin/officers/${officer.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({ disabled: true }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ disabled: true });
    expect(await gone).toBe('io server disconnect');
  });
});
