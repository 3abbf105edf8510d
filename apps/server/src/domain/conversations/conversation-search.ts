import { CONVERSATION_PAGE_SIZE, type ConversationPage, type conversationListQuerySchema } from '@pst/protocol';
import type { z } from 'zod';
import { readableOffices, servesOffice } from '../../access/policy.ts';
import { AppError } from '../../errors.ts';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer.ts';
import type { DomainContext } from '../context.ts';
import { toSummary } from './conversation.views.ts';

type ListQuery = z.output<typeof conversationListQuerySchema>;

/**
 * One page of the officer's conversations with a status, optionally matching
 * `q` (visitor name or e-mail, or any message's text). Closed ones newest
 * first; active ones oldest first, so the chat running longest leads.
 */
export async function listConversations(
  ctx: DomainContext,
  officer: AuthenticatedOfficer,
  query: ListQuery,
): Promise<ConversationPage> {
  if (query.office !== undefined && !servesOffice(officer, query.office)) throw new AppError('NOT_FOUND');
  const offices = query.office !== undefined ? [query.office] : readableOffices(officer);
  const { items, total } = await ctx.store.conversations.page({
    status: query.status,
    ...(offices ? { offices } : {}),
    ...(query.q ? { text: query.q } : {}),
    page: query.page,
    pageSize: CONVERSATION_PAGE_SIZE,
  });
  return { items: items.map((record) => toSummary(record)), page: query.page, pageSize: CONVERSATION_PAGE_SIZE, total };
}
