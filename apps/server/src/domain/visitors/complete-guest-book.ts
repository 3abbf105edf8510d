import type { CompleteGuestBookInput, VisitorProfile } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { toVisitorProfile } from './visitor.service.ts';

/**
 * An officer completes the guest book of a visitor who wrote by e-mail, from what they learn in the
 * conversation. A guest book the visitor filled in the widget is their own statement: not changed here.
 */
export async function completeGuestBook(
  ctx: DomainContext,
  conversation: ConversationRecord,
  input: CompleteGuestBookInput,
): Promise<VisitorProfile> {
  const visitor = await ctx.store.visitors.byId(conversation.visitor);
  if (!visitor) throw new AppError('NOT_FOUND');
  if (visitor.channel === 'web') throw new AppError('FORBIDDEN', 'The visitor filled this guest book themselves.');
  const updated = await ctx.store.visitors.update(visitor.id, input);
  if (!updated) throw new AppError('NOT_FOUND');
  const card = { name: updated.name, institution: updated.institution, purpose: updated.purpose };
  const changed = await ctx.store.conversations.setVisitorCard(conversation.id, card);
  if (changed) ctx.events.emit({ type: 'conversation.changed', conversation: changed });
  return toVisitorProfile(updated);
}
