import { createHash, randomBytes } from 'node:crypto';
import type { GuestBook, VisitorProfile } from '@pst/protocol';
import type { VisitorRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { takeVisitorQuota } from './visitor-quotas.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Creates the visitor from the guest book, within the address's and the
 * office's quota; the token is returned here once and stored only as a hash.
 */
export async function registerVisitor(
  ctx: DomainContext,
  officeCode: string,
  guestBook: Omit<GuestBook, 'consent'> & { consent: true },
  from: { ip: string },
): Promise<{ token: string; visitor: VisitorRecord }> {
  await takeVisitorQuota(ctx, 'register', { ip: from.ip, office: officeCode });
  const token = randomBytes(32).toString('base64url');
  const visitor = await ctx.store.visitors.create({
    office: officeCode,
    channel: 'web',
    name: guestBook.name,
    email: guestBook.email,
    phone: guestBook.phone,
    institution: guestBook.institution,
    occupation: guestBook.occupation,
    purpose: guestBook.purpose,
    consentAt: ctx.clock.now(),
    consentVersion: guestBook.consentVersion,
    tokenHash: hashToken(token),
  });
  return { token, visitor };
}

/** The visitor holding this token at this office, if any. */
export function findVisitorByToken(
  ctx: DomainContext,
  officeCode: string,
  token: string,
): Promise<VisitorRecord | undefined> {
  return ctx.store.visitors.byTokenHash(officeCode, hashToken(token));
}

export function toVisitorProfile(visitor: VisitorRecord): VisitorProfile {
  return {
    id: visitor.id,
    name: visitor.name,
    email: visitor.email,
    phone: visitor.phone,
    institution: visitor.institution,
    occupation: visitor.occupation,
    purpose: visitor.purpose,
  };
}
