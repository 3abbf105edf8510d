import { CONVERSATION_PAGE_SIZE, type ConversationPage, type conversationListQuerySchema } from '@pst/protocol';
import type { FilterQuery, SortOrder } from 'mongoose';
import type { z } from 'zod';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import type { Conversation } from './conversation.model.ts';
import { toSummary } from './conversation.views.ts';
import { readableOffices, servesOffice } from './office-scope.ts';

type ListQuery = z.output<typeof conversationListQuerySchema>;

/** User text as a literal pattern: RE2 (FerretDB) and PCRE (MongoDB) read these escapes alike. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Conversations matching `q`: by the visitor's lowercase `search` field (name
 * and e-mail) or by any message's text. No text index: FerretDB has none.
 */
async function matchingSearch(
  ctx: AppContext,
  offices: string[] | undefined,
  q: string,
): Promise<FilterQuery<Conversation>> {
  const literal = escapeRegex(q.toLowerCase());
  const officeFilter = offices ? { office: { $in: offices } } : {};
  const [visitors, conversations] = await Promise.all([
    ctx.models.Visitor.find({ ...officeFilter, search: { $regex: literal } }).distinct('_id'),
    ctx.models.Message.find({ text: { $regex: literal, $options: 'i' } }).distinct('conversation'),
  ]);
  return { $or: [{ visitor: { $in: visitors } }, { _id: { $in: conversations } }] };
}

/**
 * One page of the officer's conversations with a status. Closed ones newest
 * first; active ones oldest first, so the chat running longest leads.
 */
export async function listConversations(
  ctx: AppContext,
  officer: AuthenticatedOfficer,
  query: ListQuery,
): Promise<ConversationPage> {
  if (query.office !== undefined && !servesOffice(officer, query.office)) throw new AppError('NOT_FOUND');
  const offices = query.office !== undefined ? [query.office] : readableOffices(officer);
  const filter: FilterQuery<Conversation> = {
    status: query.status,
    ...(offices ? { office: { $in: offices } } : {}),
    ...(query.q ? await matchingSearch(ctx, offices, query.q) : {}),
  };
  const sort: Record<string, SortOrder> =
    query.status === 'closed' ? { closedAt: -1, _id: -1 } : { createdAt: 1, _id: 1 };
  const [docs, total] = await Promise.all([
    ctx.models.Conversation.find(filter)
      .sort(sort)
      .skip((query.page - 1) * CONVERSATION_PAGE_SIZE)
      .limit(CONVERSATION_PAGE_SIZE),
    ctx.models.Conversation.countDocuments(filter),
  ]);
  return {
    items: docs.map((doc) => toSummary(doc)),
    page: query.page,
    pageSize: CONVERSATION_PAGE_SIZE,
    total,
  };
}
