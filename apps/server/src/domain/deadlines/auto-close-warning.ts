import type { DomainContext } from '../context.ts';
import { postSystemMessage } from '../conversations/system-messages.ts';
import { sinceLastLook } from './due-window.ts';

const DAY_MS = 86_400_000;

/**
 * When an active chat closes itself (reason `inactive`): the office's `inactivityCloseDays` after the
 * officer's last message, if the visitor has not written since. Undefined while nothing is pending.
 */
export function autoCloseAt(
  conversation: { status: string; lastOfficerMessageAt?: Date; lastVisitorMessageAt?: Date },
  inactivityCloseDays: number,
): Date | undefined {
  const officerAt = conversation.lastOfficerMessageAt;
  if (conversation.status !== 'active' || !officerAt) return undefined;
  if ((conversation.lastVisitorMessageAt?.getTime() ?? 0) > officerAt.getTime()) return undefined;
  return new Date(officerAt.getTime() + inactivityCloseDays * DAY_MS);
}

/**
 * Warns the visitor, once, a day before a silent chat closes itself: a system message
 * (`auto_close_warning`) each side words in its own language. Once per silence: the key names the
 * officer's last message, so a new silence after the visitor answered warns again. Each run reads only the
 * chats whose officer's last message entered the warning window since the previous run.
 */
export async function warnBeforeAutoClose(ctx: DomainContext): Promise<number> {
  const now = ctx.clock.now();
  let warned = 0;
  for (const office of await ctx.store.offices.all()) {
    const cutoff = new Date(now.getTime() - (office.inactivityCloseDays - 1) * DAY_MS);
    const mark = `auto-close-warning:${office.code}:${office.inactivityCloseDays}`;
    await sinceLastLook(ctx, mark, cutoff, async (after) => {
      for (const conversation of await ctx.store.conversations.silentSince(office.code, cutoff, after)) {
        const closeAt = autoCloseAt(conversation, office.inactivityCloseDays);
        if (!closeAt || closeAt <= now || !conversation.lastOfficerMessageAt) continue;
        const claimed = await ctx.store.reminders.createOnce({
          key: `auto_close_warning:${conversation.id}:${conversation.lastOfficerMessageAt.getTime()}`,
          kind: 'auto_close_warning',
          office: office.code,
          conversation: conversation.id,
          visitorName: conversation.visitorCard.name,
          dueAt: closeAt,
          at: now,
        });
        if (!claimed) continue;
        await postSystemMessage(ctx, conversation, 'auto_close_warning');
        warned++;
      }
    });
  }
  return warned;
}
