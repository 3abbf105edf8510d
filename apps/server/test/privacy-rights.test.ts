import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { applyRetention } from '../src/domain/privacy/erase.ts';
import { buildReport } from '../src/domain/reports/report.service.ts';
import { png, upload } from './support/files.ts';
import { startSmtpCatcher } from './support/mail-servers.ts';
import { mailTurn } from './support/mail-world.ts';
import { officerApi } from './support/officer-api.ts';
import {
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  ok,
  request,
  startWorld,
  visitorAsks,
  type World,
} from './support/world.ts';

const QUESTION = 'Mohon data kemiskinan Desa Belimbing 2025';
const COMMENT = 'Pelayanan cepat, terima kasih Bu Sari';
const NOTE = 'Pak Made minta tabel per banjar';

/** A whole consultation: asked, answered, noted, closed with a topic, rated with a comment. */
async function consultation(world: World) {
  const asked = await visitorAsks(world, QUESTION);
  const officer = await createOfficer(world, '5102', { name: 'Ni Luh Sari' });
  const agent = await connectAgent(world, officer.cookie);
  const id = asked.conversation.id;
  await ok(agent, 'conversation:accept', { conversationId: id });
  await ok(agent, 'message:send', {
    conversationId: id,
    clientMsgId: clientMsgId(),
    text: 'Halo Pak Made, ini datanya.',
  });
  await officerApi(world, officer.cookie)('POST', `/api/conversations/${id}/notes`, { text: NOTE });
  const file = await upload(world, id, 'KTP_Made_Wirawan.png', png(), { token: asked.token });
  await ok(asked.socket, 'message:send', { conversationId: id, clientMsgId: clientMsgId(), files: [file.body.id] });
  await ok(agent, 'conversation:close', { conversationId: id, topic: 'data' });
  await ok(asked.socket, 'conversation:rate', { conversationId: id, score: 4, comment: COMMENT });
  return { ...asked, officer, agent, id };
}

/** The 6-digit code in the newest mail the visitor received. */
function codeIn(smtp: Awaited<ReturnType<typeof startSmtpCatcher>>): string {
  const code = /: (\d{6})/.exec(smtp.received.at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error('no code in the mail');
  return code;
}

/** Every line the server logs, at every level. */
function captureLogs() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, sink), text: () => lines.join('') };
}

/** Every document of every collection, as text: where an erased value must not be found. */
async function everything(world: World): Promise<string> {
  const db = world.mongo.db;
  if (!db) throw new Error('no database');
  const parts: string[] = [];
  for (const { name } of await db.listCollections().toArray()) {
    parts.push(JSON.stringify(await db.collection(name).find().toArray()));
  }
  return parts.join('\n');
}

describe('personal data rights (UU PDP), with the code by e-mail (real SMTP server)', () => {
  it('lets the visitor download their data, then erase it: nothing of them is left, the figures stay', async () => {
    const smtp = await startSmtpCatcher();
    const logs = captureLogs();
    const world = await startWorld({ smtpUrl: smtp.url, logger: logs.logger });
    await createOffice(world, '5102', { routingMode: 'manual' });
    const { socket, token, id } = await consultation(world);

    // Download: a code by e-mail; a wrong code is refused; the right one answers with the data.
    const { requestId } = await ok(socket, 'data:request', { kind: 'export' });
    await mailTurn(world);
    await smtp.waitFor(1);
    expect(smtp.received[0]?.envelopeTo).toEqual(['made.wirawan@example.ac.id']);
    const wrong = await request(socket, 'data:confirm', {
      requestId,
      code: codeIn(smtp) === '000000' ? '111111' : '000000',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const visitorOf = async () =>
      world.app.context.store.visitors.byId((await world.app.context.store.conversations.byId(id))?.visitor ?? '');
    expect((await visitorOf())?.emailVerifiedAt).toBeUndefined();
    const exported = await ok(socket, 'data:confirm', { requestId, code: codeIn(smtp) });
    // The code reached the mailbox: the address is the visitor's (the visitor card may follow it, see
    // visitor-card-by-verified-email.test.ts).
    expect((await visitorOf())?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(exported.request).toMatchObject({ kind: 'export', status: 'done' });
    expect(exported.data?.guestBook).toMatchObject({ name: 'Made Wirawan', phone: '+62 812 3456 7890' });
    expect(exported.data?.conversations[0]?.messages.map((m) => m.text)).toContain(QUESTION);
    expect(exported.data?.conversations[0]?.rating).toEqual({ score: 4, comment: COMMENT });

    // Erase: verified by a new code, then due in 3×24 h in the office's queue, carried out by the supervisor.
    const erase = await ok(socket, 'data:request', { kind: 'erase' });
    await mailTurn(world);
    await smtp.waitFor(2);
    const queued = await ok(socket, 'data:confirm', { requestId: erase.requestId, code: codeIn(smtp) });
    const verifiedAt = world.clock.now().getTime();
    expect(queued.request.status).toBe('open');
    expect(new Date(queued.request.dueAt ?? 0).getTime() - verifiedAt).toBeGreaterThan(72 * 3_600_000 - 2_000);
    const supervisor = officerApi(world, (await createOfficer(world, '5102', { role: 'supervisor' })).cookie);
    const month = { period: '2026-11', office: '5102' } as const;
    const reportBefore = await buildReport(world.app.context, month);
    const list = await supervisor('GET', '/api/offices/5102/data-requests');
    expect(list.body).toMatchObject([{ id: erase.requestId, kind: 'erase', visitorName: 'Made Wirawan' }]);
    expect((await supervisor('POST', `/api/data-requests/${erase.requestId}/complete`, {})).status).toBe(200);

    const all = await everything(world);
    for (const value of [
      'Made Wirawan',
      'made.wirawan',
      '812 3456',
      'Universitas Udayana',
      'Mahasiswa',
      QUESTION,
      COMMENT,
      NOTE,
      'Halo Pak Made',
    ])
      expect(all, value).not.toContain(value);
    // The figures a report counts stay: the conversation, its times, topic, purpose and score.
    const kept = await world.app.models.Conversation.findById(id).lean();
    expect(kept).toMatchObject({
      status: 'closed',
      topic: 'data',
      visitorCard: { purpose: 'data' },
      rating: { score: 4 },
    });
    expect(kept?.closedAt).toBeInstanceOf(Date);
    expect(await world.app.models.Rating.countDocuments({ conversation: id, score: 4 })).toBe(1);
    expect(await world.app.models.Erasure.countDocuments({ reason: 'request', request: erase.requestId })).toBe(1);
    // The month report's figures are the same; only the erased comment is gone from its comment list.
    const reportAfter = await buildReport(world.app.context, month);
    const { generatedAt: _a, comments: commentsBefore, ...before } = reportBefore;
    const { generatedAt: _b, comments: commentsAfter, ...after } = reportAfter;
    expect(after).toEqual(before);
    expect(commentsBefore).toHaveLength(1);
    expect(JSON.stringify(commentsAfter)).not.toContain(COMMENT);
    // The widget's token no longer opens anything.
    const returning = await connectVisitor(world, '5102', { token });
    const current = await request(returning, 'conversation:current', {});
    expect(current.ok && current.data).toBeFalsy();

    // Nothing personal reached the logs on the way (they said what happened, by ids).
    expect(logs.text()).toContain('visitor data erased');
    for (const value of ['Made Wirawan', 'made.wirawan', '812 3456', 'Universitas Udayana', QUESTION, COMMENT, NOTE])
      expect(logs.text(), value).not.toContain(value);
  });

  it('refuses a request that is not verified, and another visitor’s request', async () => {
    const smtp = await startSmtpCatcher();
    const world = await startWorld({ smtpUrl: smtp.url });
    await createOffice(world, '5102', { routingMode: 'manual' });
    const mine = await visitorAsks(world);
    const other = await visitorAsks(world, 'Pertanyaan lain');
    const { requestId } = await ok(mine.socket, 'data:request', { kind: 'erase' });
    await mailTurn(world);
    await smtp.waitFor(1);
    const stolen = await request(other.socket, 'data:confirm', { requestId, code: codeIn(smtp) });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const supervisor = officerApi(world, (await createOfficer(world, '5102', { role: 'supervisor' })).cookie);
    expect((await supervisor('POST', `/api/data-requests/${requestId}/complete`, {})).status).toBe(409);
    expect(await world.app.models.Visitor.countDocuments({ erasedAt: { $exists: true } })).toBe(0);
  });
});

describe('retention', () => {
  it('anonymises exactly the conversations closed longer ago than the office keeps them', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    await world.app.models.Office.updateOne({ code: '5102' }, { $set: { retentionDays: 30 } });
    const first = await consultation(world);
    world.clock.set(new Date(world.clock.now().getTime() + 20 * 86_400_000));
    const second = await visitorAsks(world, 'Pertanyaan yang masih disimpan');

    // 31 days after the first closed: only it has expired. Each visitorAsks is a new visitor, so the first
    // visitor has nothing kept any more and is erased whole; the second is untouched.
    world.clock.set(new Date(world.clock.now().getTime() + 11 * 86_400_000));
    expect(await applyRetention(world.app.context)).toBe(1);
    const firstDoc = await world.app.models.Conversation.findById(first.id).lean();
    expect(firstDoc?.anonymisedAt).toBeInstanceOf(Date);
    expect(firstDoc?.question).toBe('(dihapus)');
    const secondDoc = await world.app.models.Conversation.findById(second.conversation.id).lean();
    expect(secondDoc?.anonymisedAt).toBeUndefined();
    expect(secondDoc?.question).toBe('Pertanyaan yang masih disimpan');
    expect(await world.app.models.Visitor.countDocuments({ erasedAt: { $exists: true } })).toBe(1);
    expect(await applyRetention(world.app.context)).toBe(0);
  });
});

describe('the staff access log', () => {
  it('records each opening of a guest book and transcript, readable by admins only', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const { conversation } = await visitorAsks(world);
    const officer = await createOfficer(world, '5102');
    const agent = await connectAgent(world, officer.cookie);
    await ok(agent, 'conversation:sync', { conversationId: conversation.id, afterSeq: 0 });
    await ok(agent, 'conversation:sync', { conversationId: conversation.id, afterSeq: 1 });
    await officerApi(world, officer.cookie)('GET', `/api/conversations/${conversation.id}`);
    const adminAccount = await createOfficer(world, '5102', { role: 'admin' });
    const admin = officerApi(world, adminAccount.cookie);
    const exported = await fetch(
      `${world.url}/api/reports/export?period=2026-11&office=5102&format=csv&table=conversations`,
      {
        headers: { cookie: adminAccount.cookie },
      },
    );
    expect(exported.status).toBe(200);
    const log = await admin('GET', '/api/admin/offices/5102/access-log');
    expect(log.body).toEqual([
      expect.objectContaining({ officerId: adminAccount.id, what: 'export' }),
      expect.objectContaining({ officerId: officer.id, what: 'conversation', conversationId: conversation.id }),
      expect.objectContaining({ officerId: officer.id, what: 'conversation', conversationId: conversation.id }),
    ]);
    expect((await officerApi(world, officer.cookie)('GET', '/api/admin/offices/5102/access-log')).status).toBe(403);
  });
});
