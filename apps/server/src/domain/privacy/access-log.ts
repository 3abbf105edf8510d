import type { Id } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';

/**
 * Records that a member of staff opened personal data (who, what, when). The log is kept as long as the
 * office keeps transcripts, then deleted by the retention job: it is personal data about staff too.
 */
export async function logAccess(
  ctx: DomainContext,
  entry: {
    officer: Id;
    office: string;
    what: 'conversation' | 'export' | 'data_request' | 'affected_export';
    conversation?: Id;
    visitor?: Id;
  },
): Promise<void> {
  const office = await ctx.store.offices.byCode(entry.office);
  const at = ctx.clock.now();
  const keepDays = office?.retentionDays ?? 730;
  await ctx.store.privacy.logAccess({ ...entry, at, expiresAt: new Date(at.getTime() + keepDays * 86_400_000) });
}
