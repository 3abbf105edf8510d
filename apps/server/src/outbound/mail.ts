import type { DomainContext } from '../domain/context.ts';
import type { DomainEvents } from '../domain/events.ts';
import { queueAnswerMail, queueReminderMail } from '../domain/mail/outbox.ts';

/**
 * The e-mail adapter: an officer's message in a conversation the visitor is not watching live (it came by
 * e-mail, or is an offline message) is queued as a mail to the visitor; a deadline reminder as a mail to the
 * officer it names. The mail job sends them.
 */
export function subscribeMail(events: DomainEvents, ctx: DomainContext): () => void {
  return events.subscribe((event) => {
    if (event.type === 'message.created' && event.message.author === 'officer') {
      queueAnswerMail(ctx, event.conversation, event.message).catch((error) =>
        ctx.logger.error({ err: error, message: event.message.id }, 'queueing the answer mail failed'),
      );
    }
    if (event.type === 'deadline.reminder') {
      queueReminderMail(ctx, event.reminder, event.conversation).catch((error) =>
        ctx.logger.error({ err: error, reminder: event.reminder.key }, 'queueing the reminder mail failed'),
      );
    }
  });
}
