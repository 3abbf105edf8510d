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

/** A visitor says an FAQ entry answered their question (no chat needed): counted in the reports. */
export async function faqAnswered(ctx: DomainContext, officeCode: string, entryId: string): Promise<void> {
  const known = (await ctx.store.canned.faqOfOffice(officeCode)).some((entry) => entry.id === entryId);
  if (!known) throw new AppError('NOT_FOUND');
  await ctx.store.faqAnswers.record(officeCode, entryId, ctx.clock.now());
}
