import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ImapFlow } from 'imapflow';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import type { DomainContext } from '../../domain/context.ts';
import { parseAddress } from '../../domain/mail/addresses.ts';
import { type ReceivedMail, receiveMail } from '../../domain/mail/inbound.ts';
import type { OfficeMailboxRecord } from '../../store/mails.ts';
import { isAutomatic } from './automatic.ts';

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : [])
    .flatMap((object) => object.value)
    .map((entry) => entry.address?.toLowerCase())
    .filter((address): address is string => Boolean(address));

/** A Message-ID for a mail that came without one, from what it says, so the same mail gets the same id. */
function madeUpMessageId(parsed: ParsedMail): string {
  const hash = createHash('sha256')
    .update([parsed.from?.text, parsed.date?.toISOString(), parsed.subject, parsed.text?.slice(0, 2000)].join('\n'))
    .digest('hex')
    .slice(0, 32);
  return `<${hash}@no-message-id.invalid>`;
}

const references = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : value ? value.split(/\s+/) : [];

/** The parsed mail as the domain takes it: addresses lowercased, text only (mailparser turns HTML into text). */
export function toReceivedMail(parsed: ParsedMail, meta: { uid?: number; size: number }): ReceivedMail {
  const fromText = parsed.from?.text;
  const from = parsed.from?.value[0]?.address ? parseAddress(fromText ?? '') : undefined;
  const deliveredTo = parsed.headers.get('delivered-to');
  return {
    messageId: parsed.messageId ?? madeUpMessageId(parsed),
    ...(meta.uid ? { uid: meta.uid } : {}),
    ...(from ? { from } : {}),
    recipients: [
      ...addresses(parsed.to),
      ...addresses(parsed.cc),
      ...(typeof deliveredTo === 'string' ? [deliveredTo.toLowerCase()] : []),
    ],
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    ...(parsed.inReplyTo ? { inReplyTo: parsed.inReplyTo } : {}),
    references: references(parsed.references),
    automatic: isAutomatic(parsed.headers, from?.address),
    size: meta.size,
    attachments: parsed.attachments.map((file) => ({
      name: file.filename ?? 'lampiran',
      size: file.size,
      content: file.content,
    })),
  };
}

/** The whole mail as a stream, or only its headers when it is too large to take. */
async function source(client: ImapFlow, uid: number, headersOnly: boolean): Promise<Buffer | Readable> {
  if (headersOnly) {
    const message = await client.fetchOne(String(uid), { headers: true }, { uid: true });
    return (message ? message.headers : undefined) ?? Buffer.alloc(0);
  }
  const { content } = await client.download(String(uid), undefined, { uid: true });
  if (!content) throw new Error(`IMAP UID ${uid} vanished while being read`);
  return content;
}

/**
 * Reads the office's mailbox from where it stopped (its UID cursor, not the \Seen flag: officers read the
 * same mailbox by hand, and the folder is opened read-only so nothing is marked). Each mail is taken into
 * the inbox once, then the cursor moves past it; a crash in between reads it again, and `receiveMail`
 * knows it. Returns how many mails were read.
 */
export async function pollMailbox(ctx: DomainContext, mailbox: OfficeMailboxRecord): Promise<number> {
  const { imap } = mailbox;
  if (!imap) return 0;
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    auth: { user: imap.user, pass: ctx.secrets.open(imap.passwordSealed) },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  client.on('error', (error) => ctx.logger.warn({ err: error, office: mailbox.office }, 'IMAP connection error'));
  await client.connect();
  let read = 0;
  try {
    const lock = await client.getMailboxLock(imap.folder, { readOnly: true });
    try {
      if (!client.mailbox) return 0;
      const uidValidity = String(client.mailbox.uidValidity);
      let lastUid = mailbox.uidValidity === uidValidity ? mailbox.lastUid : 0;
      if (client.mailbox.uidNext <= lastUid + 1) return 0;
      // Sizes first: an oversized mail is recorded without being downloaded.
      const pending = (await client.fetchAll(`${lastUid + 1}:*`, { uid: true, size: true }, { uid: true }))
        .filter((message) => message.uid > lastUid)
        .sort((a, b) => a.uid - b.uid);
      for (const { uid, size = 0 } of pending) {
        const parsed = await simpleParser(await source(client, uid, size > ctx.settings.mail.maxInboundBytes));
        await receiveMail(ctx, mailbox, toReceivedMail(parsed, { uid, size }));
        lastUid = uid;
        await ctx.store.mailboxes.advance(mailbox.office, uidValidity, lastUid);
        read++;
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return read;
}
