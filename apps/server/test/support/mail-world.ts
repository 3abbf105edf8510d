import { expect, vi } from 'vitest';
import { setMailbox } from '../../src/domain/mail/mailbox.service.ts';
import { type ImapServer, type SmtpCatcher, startImapServer, startSmtpCatcher } from './mail-servers.ts';
import type { World } from './world.ts';

export const MAILBOX = { address: 'pst5102@kantor.test', password: 'sandi-kotak-surat' };

/** Real SMTP and IMAP servers, and office 5102 reading its mailbox on the IMAP one. */
export async function startMailServers(dovecot: string): Promise<{ smtp: SmtpCatcher; imap: ImapServer }> {
  const smtp = await startSmtpCatcher();
  const imap = await startImapServer(dovecot, { [MAILBOX.address]: MAILBOX.password });
  return { smtp, imap };
}

export async function giveOfficeMailbox(world: World, imap: ImapServer, office = '5102', address = MAILBOX.address) {
  await setMailbox(world.app.context, office, {
    address,
    imap: {
      host: imap.host,
      port: imap.port,
      secure: false,
      user: address,
      password: MAILBOX.password,
      folder: 'INBOX',
    },
  });
}

/**
 * One turn of the mail jobs a minute later: each job and each mailbox poll runs once per time slot across
 * nodes, and the tests' clock stands still otherwise.
 */
export async function mailTurn(world: World): Promise<void> {
  world.clock.set(new Date(world.clock.now().getTime() + 61_000));
  await world.app.runMailJobs();
}

/** Waits until `count` mails are queued (the answer is queued just after the message is stored). */
export async function queuedMails(world: World, count: number): Promise<void> {
  await vi.waitFor(async () => expect(await world.app.models.OutboundMail.countDocuments()).toBe(count));
}

/** A raw mail as a visitor's mail client would send it. */
export function rawMail(fields: {
  from?: string;
  to: string;
  subject: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
  contentType?: string;
  body: string;
}): string {
  const lines = [
    ...(fields.from ? [`From: ${fields.from}`] : []),
    `To: ${fields.to}`,
    `Subject: ${fields.subject}`,
    `Date: Tue, 24 Nov 2026 10:00:00 +0800`,
    ...(fields.messageId ? [`Message-ID: ${fields.messageId}`] : []),
    ...(fields.inReplyTo ? [`In-Reply-To: ${fields.inReplyTo}`] : []),
    ...(fields.references ? [`References: ${fields.references.join(' ')}`] : []),
    ...Object.entries(fields.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    'MIME-Version: 1.0',
    `Content-Type: ${fields.contentType ?? 'text/plain; charset=utf-8'}`,
    '',
    fields.body,
  ];
  return lines.join('\r\n');
}
