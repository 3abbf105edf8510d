import { describe, expect, it } from 'vitest';
import { giveOfficeMailbox, MAILBOX, mailTurn, rawMail, startMailServers } from './support/mail-world.ts';
import { dovecotPath } from './support/services.ts';
import { createOffice, startWorld, visitorAsks } from './support/world.ts';

const dovecot = dovecotPath();
const VISITOR = 'Putu Ayu <putu.ayu@example.co.id>';

describe.skipIf(!dovecot)('mail arriving in an office mailbox (real IMAP server)', () => {
  it('starts an e-mail conversation with the sender as the visitor, and keeps HTML as text', async () => {
    const { imap } = await startMailServers(dovecot ?? '');
    const world = await startWorld();
    await createOffice(world, '5102');
    await giveOfficeMailbox(world, imap);
    await imap.deliver(
      MAILBOX.address,
      rawMail({
        from: VISITOR,
        to: MAILBOX.address,
        subject: 'Permintaan data PDRB',
        messageId: '<pdrb-1@example.co.id>',
        contentType: 'text/html; charset=utf-8',
        body: '<p>Mohon <b>PDRB</b> 2025.</p><script>alert(1)</script><img src=x onerror=alert(2)>',
      }),
    );
    await mailTurn(world);

    const conversation = await world.app.models.Conversation.findOne({ office: '5102' });
    expect(conversation).toMatchObject({ channel: 'email', offline: true, status: 'queued' });
    expect(conversation?.audit[0]?.reason).toBe('email_received');
    const visitor = await world.app.models.Visitor.findById(conversation?.visitor);
    expect(visitor).toMatchObject({
      channel: 'email',
      name: 'Putu Ayu',
      email: 'putu.ayu@example.co.id',
      institution: '',
    });
    const [message] = await world.app.models.Message.find({ conversation: conversation?._id });
    expect(message?.text).toContain('Permintaan data PDRB');
    expect(message?.text).toContain('Mohon PDRB 2025.');
    expect(message?.text).not.toMatch(/<script|<img|<p>|onerror/);

    // The same sender writes again while it is open: it joins, as a second question in the widget would.
    await imap.deliver(
      MAILBOX.address,
      rawMail({
        from: VISITOR,
        to: MAILBOX.address,
        subject: 'Tambahan',
        messageId: '<pdrb-2@example.co.id>',
        body: 'Per kabupaten juga.',
      }),
    );
    await mailTurn(world);
    expect(await world.app.models.Conversation.countDocuments()).toBe(1);
    expect(await world.app.models.Message.countDocuments({ conversation: conversation?._id })).toBe(2);
  });

  it('leaves auto-replies, bounces, senderless and oversized mail out of the inbox, recorded', async () => {
    const { imap } = await startMailServers(dovecot ?? '');
    const world = await startWorld({
      settings: {
        mail: {
          defaultFrom: 'PST <pst@kantor.test>',
          maxInboundBytes: 4_000,
          pollIntervalMs: 60_000,
          maxSendAttempts: 3,
        },
      },
    });
    await createOffice(world, '5102');
    await giveOfficeMailbox(world, imap);
    const to = MAILBOX.address;
    await imap.deliver(
      to,
      rawMail({
        from: VISITOR,
        to,
        subject: 'Cuti',
        messageId: '<ooo@x>',
        headers: { 'Auto-Submitted': 'auto-replied' },
        body: 'Saya sedang cuti.',
      }),
    );
    await imap.deliver(
      to,
      rawMail({
        from: VISITOR,
        to,
        subject: 'Out of office',
        messageId: '<ooo2@x>',
        headers: { 'X-Autoreply': 'yes' },
        body: 'Away.',
      }),
    );
    await imap.deliver(
      to,
      rawMail({
        from: 'Mail Delivery System <MAILER-DAEMON@mx.example.co.id>',
        to,
        subject: 'Undelivered Mail Returned to Sender',
        messageId: '<bounce@x>',
        contentType: 'multipart/report; report-type=delivery-status; boundary="b"',
        body: '--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--b--',
      }),
    );
    await imap.deliver(to, rawMail({ to, subject: 'Tanpa pengirim', messageId: '<nofrom@x>', body: 'Siapa saya?' }));
    await imap.deliver(
      to,
      rawMail({ from: VISITOR, to, subject: 'Besar', messageId: '<big@x>', body: 'x'.repeat(6_000) }),
    );
    await mailTurn(world);

    expect(await world.app.models.Conversation.countDocuments()).toBe(0);
    const outcomes = Object.fromEntries(
      (await world.app.models.InboundMail.find()).map((mail) => [mail.messageId, mail.outcome]),
    );
    expect(outcomes).toEqual({
      '<ooo@x>': 'auto_reply',
      '<ooo2@x>': 'auto_reply',
      '<bounce@x>': 'auto_reply',
      '<nofrom@x>': 'no_sender',
      '<big@x>': 'too_large',
    });
  });

  it('never lets a forged In-Reply-To or reply address join another office’s or another visitor’s conversation', async () => {
    const { imap } = await startMailServers(dovecot ?? '');
    const world = await startWorld();
    await createOffice(world, '5102');
    await createOffice(world, '5103');
    await giveOfficeMailbox(world, imap);
    // A chat at the other office, and one at this office by somebody else.
    const elsewhere = (await visitorAsks(world, 'Pertanyaan di kantor lain', '5103')).conversation;
    const neighbour = (await visitorAsks(world, 'Pertanyaan orang lain', '5102')).conversation;
    const forgedTag = `pst5102+c.${neighbour.id}.AAAAAAAAAAAA@kantor.test`;
    await imap.deliver(
      MAILBOX.address,
      rawMail({
        from: 'Penyusup <penyusup@example.com>',
        to: forgedTag,
        subject: 'Re: data',
        messageId: '<forged@example.com>',
        inReplyTo: `<c.${elsewhere.id}.AAAAAAAAAAAA@kantor.test>`,
        references: [`<c.${neighbour.id}.BBBBBBBBBBBB@kantor.test>`],
        body: 'Masuk ke percakapan orang lain?',
      }),
    );
    await mailTurn(world);

    const mail = await world.app.models.InboundMail.findOne({ messageId: '<forged@example.com>' });
    expect(mail?.outcome).toBe('started');
    expect(String(mail?.conversation)).not.toBe(neighbour.id);
    expect(String(mail?.conversation)).not.toBe(elsewhere.id);
    const joined = await world.app.models.Message.countDocuments({
      conversation: { $in: [neighbour.id, elsewhere.id] },
      text: /orang lain\?/,
    });
    expect(joined).toBe(0);
    expect((await world.app.models.Conversation.findById(mail?.conversation))?.office).toBe('5102');
  });
});
