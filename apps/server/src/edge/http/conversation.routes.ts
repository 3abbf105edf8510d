import { completeGuestBookSchema, conversationListQuerySchema, createNoteSchema, idSchema } from '@pst/protocol';
import { type Response, Router } from 'express';
import {
  assertAllowed,
  mayCompleteGuestBook,
  readableOffices,
  servesOffice,
  visibleConversation,
} from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { toDetail } from '../../domain/conversations/conversation.detail.ts';
import { listConversations } from '../../domain/conversations/conversation-search.ts';
import { addNote, listNotes } from '../../domain/notes/note.service.ts';
import { logAccess } from '../../domain/privacy/access-log.ts';
import { completeGuestBook } from '../../domain/visitors/complete-guest-book.ts';
import { AppError } from '../../errors.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

/**
 * Conversations for officers of their offices: the list (paged, searchable),
 * one with its transcript, guest book, rating and audit, and its private
 * notes, and the completion of an e-mail visitor's guest book. Notes live apart from messages, so no path sends
 * them to the visitor.
 */
export function conversationRoutes(ctx: AppContext): Router {
  const router = Router();
  const signedIn = [requireOfficer(ctx)];
  const visible = async (res: Response, id: unknown) =>
    visibleConversation(signedInOfficer(res), await ctx.store.conversations.byId(parseInput(idSchema, id)));

  endpoint(router, 'listConversations', signedIn, async (req, res) => {
    const officer = signedInOfficer(res);
    const query = parseInput(conversationListQuerySchema, req.query);
    if (query.office !== undefined && !servesOffice(officer, query.office)) throw new AppError('NOT_FOUND');
    return listConversations(ctx, query.office !== undefined ? [query.office] : readableOffices(officer), query);
  });

  endpoint(router, 'getConversation', signedIn, async (req, res) => {
    const conversation = await visible(res, req.params.id);
    // Opening a guest book and its transcript is recorded (UU PDP): who, what, when.
    await logAccess(ctx, {
      officer: signedInOfficer(res).id,
      office: conversation.office,
      what: 'conversation',
      conversation: conversation.id,
      visitor: conversation.visitor,
    });
    return {
      conversation: await toDetail(ctx, conversation),
      messages: await ctx.store.messages.after(conversation.id, 0),
    };
  });

  endpoint(router, 'listNotes', signedIn, async (req, res) => listNotes(ctx, await visible(res, req.params.id)));

  endpoint(router, 'addNote', signedIn, async (req, res) => {
    const conversation = await visible(res, req.params.id);
    const { text } = parseInput(createNoteSchema, req.body);
    return addNote(ctx, conversation, signedInOfficer(res), text);
  });

  endpoint(router, 'completeGuestBook', signedIn, async (req, res) => {
    const conversation = await visible(res, req.params.id);
    assertAllowed(mayCompleteGuestBook(signedInOfficer(res), conversation));
    return completeGuestBook(ctx, conversation, parseInput(completeGuestBookSchema, req.body));
  });

  return router;
}
