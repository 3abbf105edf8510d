import type { CannedResponse, createCannedResponseSchema, updateCannedResponseSchema } from '@pst/protocol';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import { isDuplicateKey } from '../../store/duplicate-key.ts';
import type { DomainContext } from '../context.ts';

const TAKEN = 'The office has a canned response with this shortcut already.';

/** The office's canned responses, by shortcut. */
export function listCannedResponses(ctx: DomainContext, officeCode: string): Promise<CannedResponse[]> {
  return ctx.store.canned.ofOffice(officeCode);
}

/** Adds one; a shortcut in use is a CONFLICT, caught by the unique index. */
export async function createCannedResponse(
  ctx: DomainContext,
  officeCode: string,
  input: z.output<typeof createCannedResponseSchema>,
): Promise<CannedResponse> {
  try {
    return await ctx.store.canned.create(officeCode, input);
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
  ctx: DomainContext,
  officeCode: string,
  id: string,
  input: z.output<typeof updateCannedResponseSchema>,
): Promise<CannedResponse> {
  if (input.shortcut !== undefined) {
    const holder = await ctx.store.canned.byShortcut(officeCode, input.shortcut);
    if (holder && holder.id !== id) throw new AppError('CONFLICT', TAKEN);
  }
  const updated = await ctx.store.canned.update(officeCode, id, input);
  if (!updated) throw new AppError('NOT_FOUND');
  return updated;
}

export async function deleteCannedResponse(ctx: DomainContext, officeCode: string, id: string): Promise<void> {
  if (!(await ctx.store.canned.delete(officeCode, id))) throw new AppError('NOT_FOUND');
}
