import { describe, expect, it } from 'vitest';
import { setMailbox } from '../../src/domain/mail/mailbox.service.ts';
import { startImapServer, startSmtpCatcher } from '../support/mail-servers.ts';
import { rawMail } from '../support/mail-world.ts';
import { dovecotPath } from '../support/services.ts';
import { CLOSED_TIME, OPEN_TIME } from '../support/world.ts';
import { demoLogin, executablePath, fillGuestBook, messages, officerOnline, openWidget, startDemo } from './demo.ts';

const dovecot = dovecotPath();
const MAILBOX = { address: 'pst5108@kantor.test', password: 'sandi-kotak-surat' };

describe.skipIf(!executablePath || !dovecot)('an offline message answered by e-mail, in Chromium', () => {
  it('mails the officer’s answer to the visitor, and their reply shows in the officer’s conversation', async () => {
    const smtp = await startSmtpCatcher();
    const imap = await startImapServer(dovecot ?? '', { [MAILBOX.address]: MAILBOX.password });
    const demo = await startDemo(CLOSED_TIME, { smtpUrl: smtp.url }); // Monday 20:00 WITA
    await setMailbox(demo.app.context, '5108', {
      address: MAILBOX.address,
      imap: {
        host: imap.host,
        port: imap.port,
        secure: false,
        user: MAILBOX.address,
        password: MAILBOX.password,
        folder: 'INBOX',
      },
    });

    const visitor = await demo.person({ width: 390, height: 800 });
    const chat = await openWidget(visitor, demo, '5108');
    await chat.getByTestId('offline-form').waitFor();
    await fillGuestBook(chat, { question: 'Mohon tabel inflasi Oktober 2026.' }, true);
    await chat.getByTestId('offline-sent').waitFor();
    await visitor.close();

    // Tuesday 08:01 WITA: the desk opens and the message reaches the officer, who answers in the app.
    demo.clock.set(new Date(OPEN_TIME.getTime() + 22 * 3_600_000 + 60_000));
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    await demo.app.runJobs();
    await officer.getByTestId('conversation-item').filter({ hasText: 'Made Wirawan' }).click();
    await expect
      .poll(() => officer.getByTestId('answers-by-email').innerText())
      .toContain('made.wirawan@example.ac.id');
    await officer.getByTestId('reply-input').fill('Inflasi Oktober 2026: 0,21 persen. Tabelnya ada di BRS.');
    await officer.getByTestId('reply-send').click();
    await expect
      .poll(() => messages(officer, 'officer'))
      .toEqual([expect.stringContaining('Inflasi Oktober 2026: 0,21 persen.')]);

    await expect.poll(() => demo.app.models.OutboundMail.countDocuments()).toBe(1);
    demo.clock.set(new Date(demo.clock.now().getTime() + 61_000));
    await demo.app.runMailJobs();
    await smtp.waitFor(1);
    const [mail] = smtp.received;
    expect(mail?.envelopeTo).toEqual(['made.wirawan@example.ac.id']);
    expect(mail?.text).toContain('Inflasi Oktober 2026: 0,21 persen. Tabelnya ada di BRS.');
    expect(mail?.text).toContain('Mohon tabel inflasi Oktober 2026.');

    // The visitor answers the mail; the officer sees it arrive in the same conversation.
    await imap.deliver(
      MAILBOX.address,
      rawMail({
        from: 'Made Wirawan <made.wirawan@example.ac.id>',
        to: mail?.replyTo?.text ?? '',
        subject: `Re: ${mail?.subject}`,
        messageId: '<terima-kasih@example.ac.id>',
        inReplyTo: mail?.messageId ?? '',
        body: 'Terima kasih, sudah saya terima.',
      }),
    );
    demo.clock.set(new Date(demo.clock.now().getTime() + 61_000));
    await demo.app.runMailJobs();
    await expect
      .poll(() => messages(officer, 'visitor'))
      .toEqual([
        expect.stringContaining('Mohon tabel inflasi Oktober 2026.'),
        expect.stringContaining('Terima kasih, sudah saya terima.'),
      ]);
    expect(demo.dialogs).toEqual([]);
  });
});
