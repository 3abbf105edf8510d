import type { AppContext } from '../context.ts';
import { pollMailbox } from '../edge/mail/imap-poller.ts';
import { MailRefused } from '../outbound/mail-transport.ts';

/** Waits 1, 2, 4 … minutes between attempts, at most an hour. */
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 3_600_000);

/**
 * Sends the queued mails that are due. Each attempt is claimed by a unique insert first, so two nodes
 * never send the same mail; a failure is tried again later, a permanent refusal or too many failures
 * leave it `failed` (kept, with the error, for staff to see).
 */
export async function sendDueMails(ctx: AppContext): Promise<number> {
  let sent = 0;
  for (const mail of await ctx.store.outboundMails.due(ctx.clock.now())) {
    if (!(await ctx.store.outboundMails.claimAttempt(mail, ctx.nodeId, ctx.clock.now()))) continue;
    const attempts = mail.attempts + 1;
    try {
      await ctx.mailer.send(mail, (id) => ctx.store.files.openRead(id));
      await ctx.store.outboundMails.markSent(mail.id, attempts, ctx.clock.now());
      sent++;
    } catch (error) {
      const permanent = error instanceof MailRefused && error.permanent;
      const giveUp = permanent || attempts >= ctx.settings.mail.maxSendAttempts;
      const next = giveUp ? undefined : new Date(ctx.clock.now().getTime() + retryDelayMs(attempts));
      await ctx.store.outboundMails.markFailed(mail.id, attempts, String((error as Error).message ?? error), next);
      ctx.logger[giveUp ? 'error' : 'warn'](
        { err: error, mail: mail.key, attempts },
        giveUp ? 'mail given up' : 'mail will be retried',
      );
    }
  }
  return sent;
}

/**
 * Reads every office mailbox whose turn has come: one node per mailbox per poll interval (a lease by
 * unique insert), so two nodes never read one mailbox at once. A mailbox that fails is noted and tried
 * at its next turn; the others go on.
 */
export async function pollDueMailboxes(ctx: AppContext): Promise<void> {
  const interval = ctx.settings.mail.pollIntervalMs;
  const now = ctx.clock.now().getTime();
  for (const mailbox of await ctx.store.mailboxes.withImap()) {
    const slot = Math.floor(now / interval);
    const lease = await ctx.store.jobRuns.claim(
      `mail-poll:${mailbox.office}`,
      slot,
      ctx.nodeId,
      new Date(now + 86_400_000),
    );
    if (!lease) continue;
    try {
      await pollMailbox(ctx, mailbox);
      await ctx.store.mailboxes.notePoll(mailbox.office, ctx.clock.now());
    } catch (error) {
      ctx.logger.warn({ err: error, office: mailbox.office }, 'reading the office mailbox failed');
      await ctx.store.mailboxes.notePoll(mailbox.office, ctx.clock.now(), String((error as Error).message ?? error));
    }
  }
}
