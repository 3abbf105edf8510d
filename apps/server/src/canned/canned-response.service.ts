import type { CannedResponse, createCannedResponseSchema, updateCannedResponseSchema } from '@pst/protocol';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { AppContext } from '../context.ts';
import { isDuplicateKey } from '../db/models.ts';
import { AppError } from '../http/errors.ts';
import type { CannedResponseRecord } from './canned-response.model.ts';

const TAKEN = 'The office has a canned response with this shortcut already.';

function toCannedResponse(doc: CannedResponseRecord & { _id: Types.ObjectId }): CannedResponse {
  return { id: String(doc._id), officeCode: doc.office, shortcut: doc.shortcut, text: doc.text };
}

/** The office's canned responses, by shortcut. */
export async function listCannedResponses(ctx: AppContext, officeCode: string): Promise<CannedResponse[]> {
  const docs = await ctx.models.CannedResponse.find({ office: officeCode }).sort({ shortcut: 1 }).lean();
  return docs.map(toCannedResponse);
}

/** Adds one; a shortcut in use is a CONFLICT, caught by the unique index. */
export async function createCannedResponse(
  ctx: AppContext,
  officeCode: string,
  input: z.output<typeof createCannedResponseSchema>,
): Promise<CannedResponse> {
  try {
    const doc = await ctx.models.CannedResponse.create({ office: officeCode, ...input });
    return toCannedResponse(doc.toObject());
  } catch (error) {
    if (isDuplicateKey(error)) throw new AppError('CONFLICT', TAKEN);
    throw error;
  }
}

/**
 * Changes one. A new shortcut is checked by a read first: on FerretDB an update
 * that breaks a unique index fails with a generic error, not 11000.
 */
export async function updateCannedResponse(
  ctx: AppContext,
  officeCode: string,
  id: string,
  input: z.output<typeof updateCannedResponseSchema>,
): Promise<CannedResponse> {
  const _id = new Types.ObjectId(id);
  if (input.shortcut !== undefined) {
    const holder = await ctx.models.CannedResponse.findOne({ office: officeCode, shortcut: input.shortcut }).lean();
    if (holder && !holder._id.equals(_id)) throw new AppError('CONFLICT', TAKEN);
  }
  const doc = await ctx.models.CannedResponse.findOneAndUpdate(
    { _id, office: officeCode },
    { $set: input },
    { returnDocument: 'after' },
  ).lean();
  if (!doc) throw new AppError('NOT_FOUND');
  return toCannedResponse(doc);
}

export async function deleteCannedResponse(ctx: AppContext, officeCode: string, id: string): Promise<void> {
  const { deletedCount } = await ctx.models.CannedResponse.deleteOne({
    _id: new Types.ObjectId(id),
    office: officeCode,
  });
  if (deletedCount === 0) throw new AppError('NOT_FOUND');
}
