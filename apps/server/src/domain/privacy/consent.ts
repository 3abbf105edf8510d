import { AppError } from '../../errors.ts';
import type { VisitorRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { findOffice } from '../offices/office-status.ts';
import { privacyNoticeOf } from './notice.ts';

/** The office's privacy notice version now: what a guest book must consent to. */
export async function currentNoticeVersion(ctx: DomainContext, officeCode: string): Promise<string> {
  return privacyNoticeOf(await findOffice(ctx, officeCode)).version;
}

/** A consent counts only for the notice the office shows now (CONSENT_OUTDATED for an earlier one). */
export async function assertCurrentNotice(ctx: DomainContext, officeCode: string, consentVersion: string) {
  if (consentVersion !== (await currentNoticeVersion(ctx, officeCode))) throw new AppError('CONSENT_OUTDATED');
}

/**
 * A returning visitor starts a new consultation only under the notice shown now: after the office changed it,
 * the widget asks again (UU PDP: consent to the purposes as they are stated).
 */
export async function assertConsentCurrent(ctx: DomainContext, visitor: VisitorRecord): Promise<void> {
  if (visitor.consentVersion !== (await currentNoticeVersion(ctx, visitor.office))) {
    throw new AppError('CONSENT_OUTDATED');
  }
}

/** Records the visitor's consent to the current notice, with the time. */
export async function consentAgain(ctx: DomainContext, visitor: VisitorRecord, consentVersion: string): Promise<void> {
  await assertCurrentNotice(ctx, visitor.office, consentVersion);
  await ctx.store.visitors.recordConsent(visitor.id, consentVersion, ctx.clock.now());
}
