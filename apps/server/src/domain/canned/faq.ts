import type { FaqEntry } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { DomainContext } from '../context.ts';

/**
 * The office's frequent questions: its canned responses that a supervisor gave an FAQ question (the answer is the
 * response's text). Visitors search them in the widget before the guest book.
 */
export async function faqOf(ctx: DomainContext, officeCode: string): Promise<FaqEntry[]> {
  const entries = await ctx.store.canned.faqOfOffice(officeCode);
  return entries.map((entry) => ({ id: entry.id, question: entry.faqQuestion ?? '', answer: entry.text }));
}

/** How long one address's "this answered me" for one entry counts once. */
const ONCE_PER_ADDRESS_MS = 24 * 3_600_000;

/**
 * A visitor says an FAQ entry answered their question (no chat needed): counted in the reports, once per address
 * and entry a day, so repeating the request (it needs no token) cannot inflate the figure.
 */
export async function faqAnswered(
  ctx: DomainContext,
  officeCode: string,
  entryId: string,
  from: { ip: string },
): Promise<void> {
  const known = (await ctx.store.canned.faqOfOffice(officeCode)).some((entry) => entry.id === entryId);
  if (!known) throw new AppError('NOT_FOUND');
  const at = ctx.clock.now();
  const first = await ctx.store.quotas.claim(
    `faq:${entryId}:${from.ip}`,
    1,
    at,
    new Date(at.getTime() + ONCE_PER_ADDRESS_MS),
  );
  if (first === undefined) return;
  await ctx.store.faqAnswers.record(officeCode, entryId, at);
}
