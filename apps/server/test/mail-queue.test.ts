import { describe, expect, it } from 'vitest';
import { retryDelayMs, sendDueMails } from '../src/jobs/mail.ts';
import { startSmtpCatcher } from './support/mail-servers.ts';
import { mailTurn, queuedMails } from './support/mail-world.ts';
import { officerApi } from './support/officer-api.ts';
import {
  CLOSED_TIME,
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  ok,
  request,
  startWorld,
  visitorAsks,
  type World,
} from './support/world.ts';

/** An offline message answered by an officer: one answer mail queued. */
async function answeredOfflineMessage(world: World) {
  const asked = await visitorAsks(world, 'Mohon tabel IPM 2025');
  const officer = await createOfficer(world, '5102');
  const agent = await connectAgent(world, officer.cookie);
  await ok(agent, 'conversation:accept', { conversationId: asked.conversation.id });
  await ok(agent, 'message:send', {
    conversationId: asked.conversation.id,
    clientMsgId: clientMsgId(),
    text: 'Terlampir di BRS.',
  });
  return { ...asked, agent };
}

/** The next attempt comes `delay` after now (the test clock moves on in real time after it is set). */
function expectWait(next: Date | undefined, world: World, delay: number) {
  const wait = (next?.getTime() ?? 0) - world.clock.now().getTime();
  expect(wait).toBeGreaterThan(delay - 1_000);
  expect(wait).toBeLessThanOrEqual(delay);
}

describe('the mail queue (real SMTP server)', () => {
  it('retries a temporary refusal with growing delays and sends it once', async () => {
    const smtp = await startSmtpCatcher();
    const world = await startWorld({ at: CLOSED_TIME, smtpUrl: smtp.url });
    await createOffice(world, '5102', { routingMode: 'manual' });
    await answeredOfflineMessage(world);
    await queuedMails(world, 1);

    smtp.refuse(451, 2);
    await mailTurn(world);
    let mail = await world.app.models.OutboundMail.findOne();
    expect(mail).toMatchObject({ status: 'queued', attempts: 1 });
    expect(mail?.lastError).toMatch(/451/);
    expectWait(mail?.nextAttemptAt, world, retryDelayMs(1));

    // Not due before its time; then due, refused again, and later sent.
    const send = () => sendDueMails(world.app.context);
    await send();
    expect((await world.app.models.OutboundMail.findOne())?.attempts).toBe(1);
    world.clock.set(mail?.nextAttemptAt ?? new Date());
    await send();
    mail = await world.app.models.OutboundMail.findOne();
    expect(mail).toMatchObject({ status: 'queued', attempts: 2 });
    expectWait(mail?.nextAttemptAt, world, retryDelayMs(2));
    world.clock.set(mail?.nextAttemptAt ?? new Date());
    expect(await send()).toBe(1);
    expect(await world.app.models.OutboundMail.findOne()).toMatchObject({ status: 'sent', attempts: 3 });
    expect(smtp.received).toHaveLength(1);
    await mailTurn(world);
    expect(smtp.received).toHaveLength(1);
  });

  it('gives up at once on a permanent refusal, keeping the error', async () => {
    const smtp = await startSmtpCatcher();
    const world = await startWorld({ at: CLOSED_TIME, smtpUrl: smtp.url });
    await createOffice(world, '5102', { routingMode: 'manual' });
    await answeredOfflineMessage(world);
    await queuedMails(world, 1);
    smtp.refuse(550, 1);
    await mailTurn(world);
    const mail = await world.app.models.OutboundMail.findOne();
    expect(mail).toMatchObject({ status: 'failed', attempts: 1 });
    expect(mail?.lastError).toMatch(/550/);
  });

  it('sends each mail once when two nodes send at the same moment', async () => {
    const smtp = await startSmtpCatcher();
    const world = await startWorld({ at: CLOSED_TIME, smtpUrl: smtp.url });
    const other = await startWorld({ mongo: world.mongo, at: CLOSED_TIME, smtpUrl: smtp.url });
    await createOffice(world, '5102', { routingMode: 'manual' });
    for (let i = 0; i < 3; i++) await answeredOfflineMessage(world);
    await queuedMails(world, 3);
    // Each node's own send step, as if their job leases had overlapped.
    const [a, b] = await Promise.all([sendDueMails(world.app.context), sendDueMails(other.app.context)]);
    expect(a + b).toBe(3);
    await smtp.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(3);
  });

  it('mails the transcript once when the visitor asks at the close, and only for a closed chat', async () => {
    const smtp = await startSmtpCatcher();
    const world = await startWorld({ smtpUrl: smtp.url });
    await createOffice(world, '5102', { routingMode: 'manual' });
    const { socket, conversation, agent } = await answeredOfflineMessage(world);
    const early = await request(socket, 'conversation:transcript', { conversationId: conversation.id });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONVERSATION_NOT_CLOSED' } });

    await ok(agent, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
    await ok(socket, 'conversation:transcript', { conversationId: conversation.id });
    await ok(socket, 'conversation:transcript', { conversationId: conversation.id });
    await mailTurn(world);
    await smtp.waitFor(1);
    const transcript = smtp.received.find((mail) => mail.subject?.startsWith('Transkrip'));
    expect(transcript?.text).toContain('Mohon tabel IPM 2025');
    expect(transcript?.text).toContain('Terlampir di BRS.');
    expect(transcript?.html).toContain('Terlampir di BRS.');
    expect(transcript?.headers.get('auto-submitted')).toBe('auto-generated');
    expect(await world.app.models.OutboundMail.countDocuments({ kind: 'transcript' })).toBe(1);
  });
});

describe('the office mailbox settings', () => {
  it('lets supervisors set their own office’s mailbox, never shows the password, and keeps it sealed', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    await createOffice(world, '5103');
    const supervisor = officerApi(world, (await createOfficer(world, '5102', { role: 'supervisor' })).cookie);
    const officer = officerApi(world, (await createOfficer(world, '5102')).cookie);
    const mailbox = {
      address: 'PST5102@Kantor.Test',
      imap: { host: 'imap.kantor.test', user: 'pst5102', password: 'sandi-rahasia-sekali' },
    };

    expect((await officer('PUT', '/api/admin/offices/5102/mailbox', mailbox)).status).toBe(403);
    expect((await supervisor('PUT', '/api/admin/offices/5103/mailbox', mailbox)).status).toBe(403);
    expect(
      (await supervisor('PUT', '/api/admin/offices/5102/mailbox', { ...mailbox, address: 'bukan alamat' })).status,
    ).toBe(400);
    const saved = await supervisor('PUT', '/api/admin/offices/5102/mailbox', mailbox);
    expect(saved).toMatchObject({
      status: 200,
      body: {
        address: 'pst5102@kantor.test',
        imap: { host: 'imap.kantor.test', port: 993, secure: true, folder: 'INBOX' },
      },
    });
    expect(JSON.stringify(saved.body)).not.toContain('sandi');
    expect(JSON.stringify((await supervisor('GET', '/api/admin/offices/5102/mailbox')).body)).not.toContain('sandi');
    const stored = await world.app.models.OfficeMailbox.findOne({ office: '5102' }).lean();
    expect(JSON.stringify(stored)).not.toContain('sandi');
    expect(world.app.context.secrets.open(stored?.imap?.passwordSealed ?? '')).toBe('sandi-rahasia-sekali');

    expect((await supervisor('DELETE', '/api/admin/offices/5102/mailbox')).status).toBe(204);
    expect((await supervisor('GET', '/api/admin/offices/5102/mailbox')).body).toBeNull();
  });

  it('shows captured mail on the development page when no SMTP server is set', async () => {
    const world = await startWorld({ at: CLOSED_TIME });
    await createOffice(world, '5102', { routingMode: 'manual' });
    await answeredOfflineMessage(world);
    await queuedMails(world, 1);
    await mailTurn(world);
    expect((await world.app.models.OutboundMail.findOne())?.status).toBe('sent');
    const page = await (await fetch(`${world.url}/dev/mail`)).text();
    expect(page).toContain('Terlampir di BRS.');
    expect(page).toContain('made.wirawan@example.ac.id');
  });
});
