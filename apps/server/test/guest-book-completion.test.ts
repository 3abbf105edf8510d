import { describe, expect, it } from 'vitest';
import { receiveMail } from '../src/domain/mail/inbound.ts';
import { setMailbox } from '../src/domain/mail/mailbox.service.ts';
import { officerApi } from './support/officer-api.ts';
import { createOffice, createOfficer, startWorld, visitorAsks, type World } from './support/world.ts';

/** A mail taken in as the poller would: the sender becomes a visitor with only a name and an address. */
async function mailArrives(world: World) {
  await setMailbox(world.app.context, '5102', { address: 'pst5102@kantor.test' });
  const mailbox = await world.app.context.store.mailboxes.byOffice('5102');
  if (!mailbox) throw new Error('no mailbox');
  await receiveMail(world.app.context, mailbox, {
    messageId: '<tanya@example.co.id>',
    from: { name: 'Komang Ari', address: 'komang@example.co.id' },
    recipients: ['pst5102@kantor.test'],
    subject: 'Data kemiskinan',
    text: 'Mohon data kemiskinan 2025.',
    references: [],
    automatic: false,
    size: 500,
    attachments: [],
  });
  const conversation = await world.app.models.Conversation.findOne({ channel: 'email' });
  return String(conversation?._id);
}

describe('completing the guest book of a visitor who wrote by e-mail', () => {
  it('lets the supervisor fill what the mail did not give, and updates the inbox line', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const id = await mailArrives(world);
    const supervisor = officerApi(world, (await createOfficer(world, '5102', { role: 'supervisor' })).cookie);
    const officer = officerApi(world, (await createOfficer(world, '5102')).cookie);
    const input = { institution: 'Dinas Sosial Tabanan', occupation: 'Analis', phone: '0361 811 000', purpose: 'data' };

    expect((await officer('PATCH', `/api/conversations/${id}/visitor`, input)).status).toBe(403);
    expect((await supervisor('PATCH', `/api/conversations/${id}/visitor`, { phone: 'bukan nomor' })).status).toBe(400);
    expect((await supervisor('PATCH', `/api/conversations/${id}/visitor`, { email: 'x@y.z' })).status).toBe(400);
    const done = await supervisor('PATCH', `/api/conversations/${id}/visitor`, input);
    expect(done).toMatchObject({
      status: 200,
      body: { name: 'Komang Ari', email: 'komang@example.co.id', ...input },
    });
    const line = await world.app.models.Conversation.findById(id);
    expect(line?.visitorCard).toMatchObject({
      name: 'Komang Ari',
      institution: 'Dinas Sosial Tabanan',
      purpose: 'data',
    });
  });

  it('leaves a guest book the visitor filled in the widget as they wrote it', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const { conversation } = await visitorAsks(world);
    const supervisor = officerApi(world, (await createOfficer(world, '5102', { role: 'supervisor' })).cookie);
    const refused = await supervisor('PATCH', `/api/conversations/${conversation.id}/visitor`, { institution: 'Lain' });
    expect(refused.status).toBe(403);
    expect((await world.app.models.Visitor.findOne())?.institution).toBe('Universitas Udayana');
  });
});
