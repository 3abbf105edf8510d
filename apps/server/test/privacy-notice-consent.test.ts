import { CONSENT_VERSION, type ExpiringConversation, type OfficeAdmin, type OfficePublic } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import {
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  guestBook,
  ok,
  request,
  startWorld,
  visitorAsks,
} from './support/world.ts';

describe("the office's privacy notice and consent to it (UU PDP)", () => {
  it('is versioned per office; a returning visitor is asked again after a change, a stale consent is refused', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'offline' });
    const tab = await connectAgent(world, officer.cookie);
    const info = async () => (await (await fetch(`${world.url}/api/widget/5102`)).json()) as OfficePublic;

    // The shipped default, in both languages, at the version the guest book consents to.
    expect((await info()).privacyNoticeVersion).toBe(CONSENT_VERSION);
    const page = await (await fetch(`${world.url}/privacy/5102`)).text();
    expect(page).toContain('<html lang="id">');
    expect(page).toContain('UU No. 27 Tahun 2022');
    expect(await (await fetch(`${world.url}/privacy/5102?lang=en`)).text()).toContain('Law No. 27 of 2022');

    const { socket, token, conversation } = await visitorAsks(world);
    await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
    socket.disconnect();

    // The supervisor writes the office's own notice: a new version; markup in it stays text.
    const call = officerApi(world, supervisor.cookie);
    const notice = { id: 'Data Anda <b>aman</b>.\n\nHak Anda: lihat, perbaiki, hapus.', en: 'Your data is safe.' };
    const saved = await call<OfficeAdmin>('PATCH', '/api/admin/offices/5102', { privacyNotice: notice });
    expect(saved.status).toBe(200);
    expect(saved.body.privacyNotice).toMatchObject({ version: '5102-r1', ...notice });
    expect((await info()).privacyNoticeVersion).toBe('5102-r1');
    const ownPage = await (await fetch(`${world.url}/privacy/5102`)).text();
    expect(ownPage).toContain('<p>Data Anda &lt;b&gt;aman&lt;/b&gt;.</p>');
    expect(ownPage).toContain('5102-r1');
    // The same text again is not a new version.
    await call('PATCH', '/api/admin/offices/5102', { privacyNotice: notice });
    expect((await info()).privacyNoticeVersion).toBe('5102-r1');

    // The returning visitor must consent again before a new consultation.
    const back = await connectVisitor(world, '5102', { token });
    const start = { question: 'Data inflasi?', clientMsgId: clientMsgId() };
    expect(await request(back, 'conversation:start', start)).toMatchObject({
      ok: false,
      error: { code: 'CONSENT_OUTDATED' },
    });
    const stale = await request(back, 'visitor:consent', { consent: true, consentVersion: CONSENT_VERSION });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONSENT_OUTDATED' } });
    const consentedFrom = world.clock.now();
    await ok(back, 'visitor:consent', { consent: true, consentVersion: '5102-r1' });
    await ok(back, 'conversation:start', start);
    const visitor = await world.app.models.Visitor.findOne({ email: guestBook().email }).lean();
    expect(visitor?.consentVersion).toBe('5102-r1');
    expect(visitor?.consentAt?.getTime()).toBeGreaterThanOrEqual(consentedFrom.getTime());

    // A new guest book under the old version is refused too.
    const newcomer = await connectVisitor(world, '5102');
    const refused = await request(newcomer, 'visitor:register', { guestBook: guestBook('Putu Ayu') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONSENT_OUTDATED' } });
    await ok(newcomer, 'visitor:register', { guestBook: { ...guestBook('Putu Ayu'), consentVersion: '5102-r1' } });
  });

  it('shows supervisors what retention will anonymise next, and when', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    await world.app.models.Office.updateOne({ code: '5102' }, { $set: { retentionDays: 365 } });
    const officer = await createOfficer(world, '5102');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'offline' });
    const tab = await connectAgent(world, officer.cookie);
    const { conversation } = await visitorAsks(world);
    await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
    const closedAt = world.clock.now().getTime();

    const next = await officerApi(world, supervisor.cookie)<ExpiringConversation[]>(
      'GET',
      '/api/offices/5102/retention/next',
    );
    expect(next.status).toBe(200);
    expect(next.body).toHaveLength(1);
    expect(next.body[0]?.conversationId).toBe(conversation.id);
    expect(Date.parse(next.body[0]?.expiresAt ?? '') - Date.parse(next.body[0]?.closedAt ?? '')).toBe(365 * 86_400_000);
    expect(Math.abs(Date.parse(next.body[0]?.closedAt ?? '') - closedAt)).toBeLessThan(5_000);
    const plain = await officerApi(world, officer.cookie)('GET', '/api/offices/5102/retention/next');
    expect(plain.status).toBe(403);
  });
});
