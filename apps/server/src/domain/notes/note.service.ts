import type { PrivateNote } from '@pst/protocol';
import type { ConversationRecord } from '../../store/records.ts';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer.ts';
import type { DomainContext } from '../context.ts';

/** The conversation's private notes, oldest first. Never sent to the visitor. */
export function listNotes(ctx: DomainContext, conversation: ConversationRecord): Promise<PrivateNote[]> {
  return ctx.store.notes.ofConversation(conversation.id);
}

export function addNote(
  ctx: DomainContext,
  conversation: ConversationRecord,
  officer: AuthenticatedOfficer,
  text: string,
): Promise<PrivateNote> {
  return ctx.store.notes.create({
    conversation: conversation.id,
    office: conversation.office,
    officer: officer.id,
    officerName: officer.name,
    text,
    at: ctx.clock.now(),
  });
}
