import { conversationListQuerySchema, createNoteSchema, idSchema } from '@pst/protocol';
import { type Response, Router } from 'express';
import { visibleConversation } from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { toDetail } from '../../domain/conversations/conversation.detail.ts';
import { listConversations } from '../../domain/conversations/conversation-search.ts';
import { addNote, listNotes } from '../../domain/notes/note.service.ts';
import { parseInput } from './errors.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

/**
 * Conversations for officers of their offices: `GET /api/conversations` (paged,
 * searchable), `GET /api/conversations/:id` (transcript, guest book, rating,
 * audit) and its private notes. Notes live apart from messages, so no path
 * sends them to the visitor.
 */
export function conversationRoutes(ctx: AppContext): Router {
  const router = Router();
  const signedIn = requireOfficer(ctx);
  const visible = async (res: Response, id: unknown) =>
    visibleConversation(signedInOfficer(res), await ctx.store.conversations.byId(parseInput(idSchema, id)));

  router.get('/api/conversations', signedIn, async (req, res) => {
    const query = parseInput(conversationListQuerySchema, req.query);
    res.json(await listConversations(ctx, signedInOfficer(res), query));
  });

  router.get('/api/conversations/:id', signedIn, async (req, res) => {
    const conversation = await visible(res, req.params.id);
    res.json({
      conversation: await toDetail(ctx, conversation),
      messages: await ctx.store.messages.after(conversation.id, 0),
    });
  });

  router.get('/api/conversations/:id/notes', signedIn, async (req, res) => {
    res.json(await listNotes(ctx, await visible(res, req.params.id)));
  });

  router.post('/api/conversations/:id/notes', signedIn, async (req, res) => {
    const conversation = await visible(res, req.params.id);
    const { text } = parseInput(createNoteSchema, req.body);
    res.status(201).json(await addNote(ctx, conversation, signedInOfficer(res), text));
  });

  return router;
}
