import { conversationListQuerySchema } from '@pst/protocol';
import { Router } from 'express';
import { requireOfficer, signedInOfficer } from '../auth/require-officer.ts';
import type { AppContext } from '../context.ts';
import { parseInput } from '../http/errors.ts';
import { listConversations } from './conversation-search.ts';

/** `GET /api/conversations?status=closed&q=…&page=…`: the officer's offices' conversations, paged and searchable. */
export function conversationListRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/conversations', requireOfficer(ctx), async (req, res) => {
    const query = parseInput(conversationListQuerySchema, req.query);
    res.json(await listConversations(ctx, signedInOfficer(res), query));
  });
  return router;
}
