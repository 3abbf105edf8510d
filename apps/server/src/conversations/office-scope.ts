import { Types } from 'mongoose';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import type { ConversationDoc } from './conversation.views.ts';

/** Whether the officer works for the office: admins work for every office. */
export function servesOffice(officer: AuthenticatedOfficer, officeCode: string): boolean {
  return officer.role === 'admin' || officer.offices.includes(officeCode);
}

/** The officer may manage the office's settings (canned responses): its supervisors, and admins. */
export function managesOffice(officer: AuthenticatedOfficer, officeCode: string): boolean {
  return officer.role === 'admin' || (officer.role === 'supervisor' && officer.offices.includes(officeCode));
}

/** The office codes whose conversations the officer may read, or undefined for every office (admins). */
export function readableOffices(officer: AuthenticatedOfficer): string[] | undefined {
  return officer.role === 'admin' ? undefined : officer.offices;
}

/**
 * A conversation of one of the officer's offices. Another office's is NOT_FOUND,
 * not FORBIDDEN: an officer learns nothing about conversations elsewhere.
 */
export async function findOfficeConversation(
  ctx: AppContext,
  officer: AuthenticatedOfficer,
  id: string,
): Promise<ConversationDoc> {
  const offices = readableOffices(officer);
  const conversation = await ctx.models.Conversation.findOne({
    _id: new Types.ObjectId(id),
    ...(offices ? { office: { $in: offices } } : {}),
  });
  if (!conversation) throw new AppError('NOT_FOUND');
  return conversation;
}
