import type { OfficeMailboxInput, OfficeMailboxView } from '@pst/protocol';
import type { OfficeMailboxRecord } from '../../store/mails.ts';
import type { DomainContext } from '../context.ts';
import { findOffice } from '../offices/office-status.ts';

/** What staff see of a mailbox: never its password, sealed or not. */
export function toMailboxView(mailbox: OfficeMailboxRecord): OfficeMailboxView {
  const { imap } = mailbox;
  return {
    address: mailbox.address,
    ...(mailbox.displayName ? { displayName: mailbox.displayName } : {}),
    ...(imap
      ? { imap: { host: imap.host, port: imap.port, secure: imap.secure, user: imap.user, folder: imap.folder } }
      : {}),
    ...(mailbox.lastPolledAt ? { lastPolledAt: mailbox.lastPolledAt.toISOString() } : {}),
    ...(mailbox.lastError ? { lastError: mailbox.lastError } : {}),
  };
}

export async function getMailbox(ctx: DomainContext, code: string): Promise<OfficeMailboxView | null> {
  await findOffice(ctx, code);
  const mailbox = await ctx.store.mailboxes.byOffice(code);
  return mailbox ? toMailboxView(mailbox) : null;
}

/** Sets the office's mailbox; the IMAP password is sealed before it is stored. */
export async function setMailbox(
  ctx: DomainContext,
  code: string,
  input: OfficeMailboxInput & { imap?: { port: number; secure: boolean; folder: string } },
): Promise<OfficeMailboxView> {
  await findOffice(ctx, code);
  const { imap } = input;
  const saved = await ctx.store.mailboxes.save({
    office: code,
    address: input.address,
    ...(input.displayName ? { displayName: input.displayName } : {}),
    ...(imap
      ? {
          imap: {
            host: imap.host,
            port: imap.port,
            secure: imap.secure,
            user: imap.user,
            passwordSealed: ctx.secrets.seal(imap.password),
            folder: imap.folder,
          },
        }
      : {}),
  });
  ctx.logger.info({ office: code, imap: Boolean(imap) }, 'office mailbox set');
  return toMailboxView(saved);
}

export async function deleteMailbox(ctx: DomainContext, code: string): Promise<void> {
  await findOffice(ctx, code);
  await ctx.store.mailboxes.remove(code);
}
