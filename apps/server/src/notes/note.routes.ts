import { createNoteSchema, idSchema, type PrivateNote } from '@pst/protocol';
import { Router } from 'express';
import { Types } from 'mongoose';
import { requireOfficer, signedInOfficer } from '../auth/require-officer.ts';
import type { AppContext } from '../context.ts';
import { findOfficeConversation } from '../conversations/office-scope.ts';
import { parseInput } from '../http/errors.ts';
import type { NoteRecord } from './note.model.ts';

function toPrivateNote(doc: NoteRecord & { _id: Types.ObjectId }): PrivateNote {
  return {
    id: String(doc._id),
    conversationId: String(doc.conversation),
    officerId: String(doc.officer),
    officerName: doc.officerName,
    text: doc.text,
    at: doc.at.toISOString(),
  };
}

/**
 * `GET/POST /api/conversations/:id/notes` for officers of the conversation's
 * office. Notes live apart from messages, so no path sends them to the visitor.
 */
export function noteRoutes(ctx: AppContext): Router {
  const router = Router();
  const path = '/api/conversations/:id/notes';

  router.get(path, requireOfficer(ctx), async (req, res) => {
    const conversation = await findOfficeConversation(ctx, signedInOfficer(res), parseInput(idSchema, req.params.id));
    const notes = await ctx.models.Note.find({ conversation: conversation._id }).sort({ at: 1, _id: 1 }).lean();
    res.json(notes.map(toPrivateNote));
  });

  router.post(path, requireOfficer(ctx), async (req, res) => {
    const officer = signedInOfficer(res);
    const conversation = await findOfficeConversation(ctx, officer, parseInput(idSchema, req.params.id));
    const { text } = parseInput(createNoteSchema, req.body);
    const note = await ctx.models.Note.create({
      conversation: conversation._id,
      office: conversation.office,
      officer: new Types.ObjectId(officer.id),
      officerName: officer.name,
      text,
      at: ctx.clock.now(),
    });
    res.status(201).json(toPrivateNote(note.toObject()));
  });

  return router;
}
