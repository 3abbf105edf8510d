import type { DomainContext } from '../domain/context.ts';
import type { DomainEvents } from '../domain/events.ts';
import { queueAnswerMail } from '../domain/mail/outbox.ts';

/**
 * The e-mail adapter: an officer's message in a conversation the visitor is not watching live (it came by
 * e-mail, or is an offline message) is queued as a mail to the visitor; the mail job sends it.
 */
export function subscribeMail(events: DomainEvents, ctx: DomainContext): () => void {
  return events.subscribe((event) => {
    if (event.type !== 'message.created' || event.message.author !== 'officer') return;
    queueAnswerMail(ctx, event.conversation, event.message).catch((error) =>
      ctx.logger.error({ err: error, message: event.message.id }, 'queueing the answer mail failed'),
    );
  });
}
