import type { DomainContext } from '../context.ts';

/**
 * Runs a background job's `visit` over what became due since its last run: the window from the mark it
 * left (exclusive; none on a first run) to `cutoff`, then moves the mark to `cutoff`. A run that fails
 * leaves the mark, so the next one looks again. The mark's name carries what its cutoff depends on (the
 * office, its setting), so a changed setting starts a fresh window rather than skipping one. Runs that
 * overlap look at overlapping windows: what they do must be once-only by itself (unique keys, transitions).
 */
export async function sinceLastLook(
  ctx: DomainContext,
  mark: string,
  cutoff: Date,
  visit: (after: Date | undefined) => Promise<void>,
): Promise<void> {
  const after = await ctx.store.jobMarks.doneUntil(mark);
  if (after && after >= cutoff) return;
  await visit(after);
  await ctx.store.jobMarks.advance(mark, cutoff);
}
