import { idSchema } from '@pst/protocol';
import { Router } from 'express';
import { Types } from 'mongoose';
import { requireOfficer, signedInOfficer } from '../auth/require-officer.ts';
import type { AppContext } from '../context.ts';
import { AppError, parseInput } from '../http/errors.ts';
import { messagesAfter } from '../messages/message.service.ts';
import { toDetail } from './conversation.detail.ts';

/** `GET /api/conversations/:id`: the transcript, guest book, rating and audit trail, for the office's officers. */
export function conversationRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/conversations/:id', requireOfficer(ctx), async (req, res) => {
    const id = parseInput(idSchema, req.params.id);
    const officer = signedInOfficer(res);
    const scope = officer.role === 'admin' ? {} : { office: { $in: officer.offices } };
    const conversation = await ctx.models.Conversation.findOne({ _id: new Types.ObjectId(id), ...scope });
    if (!conversation) throw new AppError('NOT_FOUND');
    res.json({
      conversation: await toDetail(ctx, conversation),
      messages: await messagesAfter(ctx, conversation._id, 0),
    });
  });
  return router;
}
