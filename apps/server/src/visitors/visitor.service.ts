import { createHash, randomBytes } from 'node:crypto';
import type { GuestBook, VisitorProfile } from '@pst/protocol';
import type { HydratedDocument } from 'mongoose';
import type { AppContext } from '../context.ts';
import type { Visitor } from './visitor.model.ts';

export type VisitorDoc = HydratedDocument<Visitor>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates the visitor from the guest book; the token is returned here once and stored only as a hash. */
export async function registerVisitor(
  ctx: AppContext,
  officeCode: string,
  guestBook: Omit<GuestBook, 'consent'> & { consent: true },
): Promise<{ token: string; visitor: VisitorDoc }> {
  const token = randomBytes(32).toString('base64url');
  const visitor = await ctx.models.Visitor.create({
    office: officeCode,
    name: guestBook.name,
    email: guestBook.email,
    phone: guestBook.phone,
    institution: guestBook.institution,
    occupation: guestBook.occupation,
    purpose: guestBook.purpose,
    consentAt: ctx.clock.now(),
    consentVersion: guestBook.consentVersion,
    tokenHash: hashToken(token),
    search: `${guestBook.name} ${guestBook.email}`.toLowerCase(),
  });
  return { token, visitor };
}

/** The visitor holding this token at this office, if any. */
export function findVisitorByToken(ctx: AppContext, officeCode: string, token: string): Promise<VisitorDoc | null> {
  return ctx.models.Visitor.findOne({ tokenHash: hashToken(token), office: officeCode });
}

export function toVisitorProfile(visitor: VisitorDoc): VisitorProfile {
  return {
    id: String(visitor._id),
    name: visitor.name,
    email: visitor.email,
    phone: visitor.phone,
    institution: visitor.institution,
    occupation: visitor.occupation,
    purpose: visitor.purpose,
  };
}
