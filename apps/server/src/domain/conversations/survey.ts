import { AppError } from '../../errors.ts';
import type { ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { findOffice } from '../offices/office-status.ts';

/**
 * The visitor's IKM survey (PermenPANRB 14/2017) of a closed conversation: only where the office asks it,
 * and once (ALREADY_RATED for a second one, as for the rating).
 */
export async function surveyConversation(
  ctx: DomainContext,
  conversation: ConversationRecord,
  answers: number[],
): Promise<ConversationRecord> {
  if (conversation.status !== 'closed') throw new AppError('CONVERSATION_NOT_CLOSED');
  const office = await findOffice(ctx, conversation.office);
  if (!office.ikmSurvey) throw new AppError('FORBIDDEN', 'This office does not ask the IKM survey.');
  const surveyed = await ctx.store.conversations.survey(conversation, { answers, at: ctx.clock.now() });
  if (!surveyed) throw new AppError('ALREADY_RATED');
  ctx.events.emit({ type: 'conversation.changed', conversation: surveyed });
  return surveyed;
}
