import { CONVERSATION_PAGE_SIZE, type ConversationPage, type conversationListQuerySchema } from '@pst/protocol';
import type { z } from 'zod';
import type { DomainContext } from '../context.ts';
import { toSummary } from './conversation.views.ts';

type ListQuery = z.output<typeof conversationListQuerySchema>;

/**
 * One page of the conversations of `offices` (undefined: every office) with a
 * status, optionally matching `q` (visitor name or e-mail, or any message's
 * text). Closed ones newest first; active ones oldest first, so the chat
 * running longest leads. The caller decided, with the access policy, which
 * offices the reader may see.
 */
export async function listConversations(
  ctx: DomainContext,
  offices: string[] | undefined,
  query: ListQuery,
): Promise<ConversationPage> {
  const { items, total } = await ctx.store.conversations.page({
    status: query.status,
    ...(offices ? { offices } : {}),
    ...(query.q ? { text: query.q } : {}),
    page: query.page,
    pageSize: CONVERSATION_PAGE_SIZE,
  });
  return { items: items.map((record) => toSummary(record)), page: query.page, pageSize: CONVERSATION_PAGE_SIZE, total };
}
