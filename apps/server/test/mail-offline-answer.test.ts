import { describe, expect, it } from 'vitest';
import { giveOfficeMailbox, MAILBOX, mailTurn, queuedMails, rawMail, startMailServers } from './support/mail-world.ts';
import { dovecotPath } from './support/services.ts';
import {
  CLOSED_TIME,
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  OPEN_TIME,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

const dovecot = dovecotPath();
const TUESDAY_OPEN = new Date(OPEN_TIME.getTime() + 86_400_000);

describe.skipIf(!dovecot)('an offline message answered by e-mail (real SMTP and IMAP servers)', () => {
  it('mails the answer with threading headers, and takes the visitor’s reply into the same conversation once', async () => {
    const { smtp, imap } = await startMailServers(dovecot ?? '');
    const world = await startWorld({ at: CLOSED_TIME, smtpUrl: smtp.url });
    await createOffice(world, '5102');
    await giveOfficeMailbox(world, imap);

    // Monday evening: nobody on duty, so an offline message.
    const { conversation } = await visitorAsks(world, 'Mohon data inflasi Oktober 2026');
    expect(conversation.offline).toBe(true);

    // Tuesday morning: the desk opens and routes it to the officer, who answers.
    world.clock.set(TUESDAY_OPEN);
    const officer = await createOfficer(world, '5102', { name: 'Ni Luh Sari' });
    const agent = await connectAgent(world, officer.cookie);
    await world.app.runJobs();
    await ok(agent, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: 'Inflasi Oktober 2026 Tabanan 0,21 persen (m-to-m).',
    });
    await queuedMails(world, 1);
    await mailTurn(world);
    await smtp.waitFor(1);

    const [answer] = smtp.received;
    if (!answer) throw new Error('no answer mail');
    expect(answer.envelopeTo).toEqual(['made.wirawan@example.ac.id']);
    expect(answer.from?.value[0]?.address).toBe(MAILBOX.address);
    expect(answer.text).toContain('Inflasi Oktober 2026 Tabanan 0,21 persen');
    expect(answer.text).toContain('Ni Luh Sari');
    const replyTo = answer.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toMatch(new RegExp(`^pst5102\\+c\\.${conversation.id}\\.[\\w-]{12}@kantor\\.test$`));
    expect(answer.messageId).toMatch(/^<[\w-]+@kantor\.test>$/);
    const root = `<${replyTo.split('+')[1]?.split('@')[0]}@kantor.test>`;
    expect(answer.inReplyTo).toBe(root);
    expect(answer.references).toBe(root);
    // An officer's own words: not marked as automatic, so the visitor's auto-reply rules treat it as mail.
    expect(answer.headers.has('auto-submitted')).toBe(false);

    // The visitor answers from their mail client, quoting ours.
    await imap.deliver(
      MAILBOX.address,
      rawMail({
        from: 'Made Wirawan <made.wirawan@example.ac.id>',
        to: replyTo,
        subject: `Re: ${answer.subject}`,
        messageId: '<balasan-1@example.ac.id>',
        inReplyTo: answer.messageId ?? '',
        references: [root, answer.messageId ?? ''],
        body: 'Terima kasih. Apakah ada data November juga?\r\n\r\nOn Tue, 24 Nov 2026 PST wrote:\r\n> Inflasi Oktober 2026',
      }),
    );
    await mailTurn(world);
    const visitorTexts = async () =>
      (
        await world.app.models.Message.find({ conversation: conversation.id, 'author.kind': 'visitor' }).sort({
          seq: 1,
        })
      ).map((message) => message.text);
    expect(await visitorTexts()).toEqual([
      'Mohon data inflasi Oktober 2026',
      'Terima kasih. Apakah ada data November juga?',
    ]);

    // The node dies before it moves its cursor; another node reads the mailbox again: still once.
    await world.app.models.OfficeMailbox.updateOne({ office: '5102' }, { $set: { lastUid: 0 } });
    const second = await startWorld({ mongo: world.mongo, at: world.clock.now(), smtpUrl: smtp.url });
    await mailTurn(second);
    expect(await visitorTexts()).toHaveLength(2);
    expect(await world.app.models.InboundMail.countDocuments({ outcome: 'threaded' })).toBe(1);
    expect((await world.app.models.OfficeMailbox.findOne({ office: '5102' }))?.lastUid).toBe(1);

    // The officer's next answer replies to the visitor's mail, in the same thread. (Both nodes share time.)
    world.clock.set(second.clock.now());
    await ok(agent, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: 'Data November terbit 1 Desember.',
    });
    await queuedMails(world, 2);
    await mailTurn(world);
    await smtp.waitFor(2);
    const next = smtp.received[1];
    expect(next?.inReplyTo).toBe('<balasan-1@example.ac.id>');
    expect(next?.references).toEqual([root, answer.messageId, '<balasan-1@example.ac.id>']);
    expect(next?.subject).toBe(`Re: ${answer.subject}`);
  });
});
