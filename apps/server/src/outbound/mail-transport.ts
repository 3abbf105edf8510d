import type { Readable } from 'node:stream';
import nodemailer from 'nodemailer';
import type { OutboundMailRecord } from '../store/mails.ts';

/** Hands one queued mail to the mail server. Rejects with `permanent` when the server refused it for good. */
export interface MailTransport {
  /** `captured`: nothing leaves this machine; the mails are shown at /dev/mail. */
  kind: 'smtp' | 'captured';
  /** `openFile` streams a stored file's bytes, for the mail's attachments. */
  send(mail: OutboundMailRecord, openFile?: (id: string) => Readable): Promise<void>;
  close(): void;
}

export class MailRefused extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** SMTP when `smtpUrl` is given; otherwise mail is composed in full and kept, never sent (development). */
export function createMailTransport(smtpUrl: string | undefined): MailTransport {
  const transporter = smtpUrl
    ? nodemailer.createTransport(smtpUrl, {})
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    kind: smtpUrl ? 'smtp' : 'captured',
    async send(mail, openFile) {
      const attachments = openFile
        ? (mail.attachments ?? []).map((file) => ({
            filename: file.name,
            contentType: file.contentType,
            content: openFile(file.file),
          }))
        : [];
      try {
        await transporter.sendMail({
          from: mail.from,
          to: mail.to,
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          ...(attachments.length ? { attachments } : {}),
          messageId: mail.messageId,
          ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
          references: mail.references,
          // RFC 3834: what no person wrote must not be auto-answered. Answers are an officer's own words.
          ...(mail.kind === 'answer' ? {} : { headers: { 'Auto-Submitted': 'auto-generated' } }),
        });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        throw new MailRefused(
          error instanceof Error ? error.message : String(error),
          code !== undefined && code >= 500,
        );
      }
    },
    close: () => transporter.close(),
  };
}
