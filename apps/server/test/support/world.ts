import { randomUUID } from 'node:crypto';
import {
  type Ack,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  CONSENT_VERSION,
  type GuestBook,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@pst/protocol';
import type { Connection } from 'mongoose';
import { io as connect, type Socket } from 'socket.io-client';
import { onTestFinished } from 'vitest';
import type { App, AppDependencies } from '../../src/app.ts';
import { createSession } from '../../src/domain/auth/sessions.ts';
import type { AppSettings } from '../../src/domain/context.ts';
import type { RedisClients } from '../../src/edge/socket/redis.ts';
import type { AckOf } from '../../src/edge/socket/router.ts';
import { type SettableClock, settableClock } from '../../src/time/clock.ts';
import { startTestApp } from './app.ts';
import { connectTestDatabase } from './mongo.ts';

export type VisitorClient = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
export type AgentClient = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

/** Monday 23 November 2026, 10:00 WITA: the desk is open. */
export const OPEN_TIME = new Date('2026-11-23T02:00:00Z');
/** The same Monday, 20:00 WITA: closed. */
export const CLOSED_TIME = new Date('2026-11-23T12:00:00Z');
/** The page the demo visitor writes from; allowed for every test office. */
export const HOST_ORIGIN = 'https://tabanankab.bps.go.id';

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '16:00' }));

/** A stored argon2id hash; tests sign officers in through sessions, so its password never matters. */
const UNUSED_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Yyn0wwvr9SYzOsVU/GvhsQ$nwG+WQEui/camlwDXVLG6kc+y016vM5A1ibNhOH45v4';

export interface World {
  app: App;
  url: string;
  clock: SettableClock;
  mongo: Connection;
}

/** A server on a fresh database with a settable clock at OPEN_TIME, closed after the test. */
export async function startWorld(
  options: {
    mongo?: Connection;
    at?: Date;
    settings?: Partial<AppSettings>;
    smtpUrl?: string;
    logger?: AppDependencies['logger'];
    redis?: RedisClients;
  } = {},
): Promise<World> {
  const mongo = options.mongo ?? (await connectTestDatabase());
  const clock = settableClock(options.at ?? OPEN_TIME);
  const { app, url } = await startTestApp(mongo, {
    clock,
    settings: { env: 'test', ...options.settings },
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.redis ? { redis: options.redis } : {}),
  });
  return { app, url, clock, mongo };
}

/** An office open Monday to Friday 08:00–16:00 WITA. */
export async function createOffice(
  world: World,
  code = '5102',
  overrides: { routingMode?: 'auto' | 'manual'; maxChatsPerOfficer?: number; inactivityCloseDays?: number } = {},
) {
  return world.app.models.Office.create({
    code,
    name: `BPS ${code}`,
    timeZone: 'Asia/Makassar',
    serviceHours: weekdays,
    allowedOrigins: [HOST_ORIGIN],
    routingMode: overrides.routingMode ?? 'auto',
    ...overrides,
  });
}

/** An officer of the office with a session; returns their id and the cookie an agent tab would send. */
export async function createOfficer(
  world: World,
  office: string,
  options: { name?: string; role?: 'officer' | 'supervisor' | 'admin'; status?: 'online' | 'away' | 'offline' } = {},
) {
  const officer = await world.app.models.Officer.create({
    name: options.name ?? `Petugas ${randomUUID().slice(0, 6)}`,
    email: `${randomUUID()}@bps.go.id`,
    passwordHash: UNUSED_HASH,
    role: options.role ?? 'officer',
    offices: [office],
    status: options.status ?? 'online',
  });
  const token = await createSession(world.app.context, String(officer._id));
  return { id: String(officer._id), name: officer.name, cookie: `pst_session=${token}` };
}

function whenConnected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** An agent tab of the app served at `world.url`, connected, disconnected after the test. */
export async function connectAgent(world: World, cookie: string): Promise<AgentClient> {
  const socket: AgentClient = connect(`${world.url}/agent`, {
    transports: ['websocket'],
    extraHeaders: { cookie, origin: world.url },
    reconnection: false,
    // A separate connection per client, as separate browsers would have (no shared Manager).
    forceNew: true,
  });
  onTestFinished(() => {
    socket.disconnect();
  });
  await whenConnected(socket);
  // The connection handler records presence asynchronously; an inbox sync waits for it.
  await request(socket, 'inbox:sync', {});
  return socket;
}

/** A visitor's widget, connected from the host page's origin, disconnected after the test. */
export async function connectVisitor(
  world: World,
  officeCode = '5102',
  options: { token?: string; origin?: string; address?: string } = {},
): Promise<VisitorClient> {
  const socket: VisitorClient = connect(`${world.url}/visitor`, {
    transports: ['websocket'],
    auth: { officeCode, ...(options.token ? { token: options.token } : {}) },
    extraHeaders: {
      origin: options.origin ?? HOST_ORIGIN,
      // As a reverse proxy on this host would say: the server trusts it from loopback only.
      ...(options.address ? { 'x-forwarded-for': options.address } : {}),
    },
    reconnection: false,
    // A separate connection per client, as separate browsers would have (no shared Manager).
    forceNew: true,
  });
  onTestFinished(() => {
    socket.disconnect();
  });
  await whenConnected(socket);
  return socket;
}

/** The ack data of an event, as the protocol declares it. */
type AckData<Events, E extends keyof Events> = AckOf<Events[E]>;

/**
 * Emits a request event and resolves with its ack, typed by the protocol's
 * event map. The payload stays `unknown`: bad-input tests send what no client should.
 */
export function request<E extends keyof VisitorClientToServerEvents & string>(
  socket: VisitorClient,
  event: E,
  payload: unknown,
): Promise<Ack<AckData<VisitorClientToServerEvents, E>>>;
export function request<E extends keyof AgentClientToServerEvents & string>(
  socket: AgentClient,
  event: E,
  payload: unknown,
): Promise<Ack<AckData<AgentClientToServerEvents, E>>>;
export function request(socket: Socket, event: string, payload: unknown): Promise<Ack<unknown>> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack<unknown>>;
}

/** Emits any event, even one the protocol does not know: for hostile-input tests. */
export function requestAnything(socket: Socket, event: string, payload: unknown): Promise<Ack<unknown>> {
  return request(socket as VisitorClient, event as 'message:send', payload) as Promise<Ack<unknown>>;
}

/** Emits a request event and returns its data, failing the test on an error ack. */
export async function ok<E extends keyof VisitorClientToServerEvents & string>(
  socket: VisitorClient,
  event: E,
  payload: unknown,
): Promise<AckData<VisitorClientToServerEvents, E>>;
export async function ok<E extends keyof AgentClientToServerEvents & string>(
  socket: AgentClient,
  event: E,
  payload: unknown,
): Promise<AckData<AgentClientToServerEvents, E>>;
export async function ok(socket: Socket, event: string, payload: unknown): Promise<unknown> {
  const ack = await (socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack<unknown>>);
  if (!ack.ok) throw new Error(`${event} failed: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

export const guestBook = (name = 'Made Wirawan'): GuestBook => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.ac.id`,
  phone: '+62 812 3456 7890',
  institution: 'Universitas Udayana',
  occupation: 'Mahasiswa',
  purpose: 'data',
  consent: true,
  consentVersion: CONSENT_VERSION,
});

export const clientMsgId = () => randomUUID().replaceAll('-', '');

/** Registers a visitor and starts a conversation; returns the socket, token and conversation id. */
export async function visitorAsks(
  world: World,
  question = 'Berapa jumlah penduduk Tabanan 2025?',
  officeCode = '5102',
) {
  const socket = await connectVisitor(world, officeCode);
  const { token } = await ok(socket, 'visitor:register', { guestBook: guestBook() });
  const started = await ok(socket, 'conversation:start', {
    question,
    clientMsgId: clientMsgId(),
    pageUrl: `${HOST_ORIGIN}/statistik`,
  });
  return { socket, token, conversation: started.conversation };
}

/** Resolves with the first event of that name matching the predicate. */
export function nextEvent<T>(socket: Socket, event: string, matches: (payload: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 10 s`)), 10_000);
    const listener = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}
