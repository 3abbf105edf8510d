import { z } from 'zod';
import { idSchema, isoTimeSchema, officeCodeSchema, textSchema } from './common.ts';
import { cleanText } from './constants.ts';
import type { ConversationSummary } from './conversation.ts';

/**
 * `GET /api/conversations?status=closed&q=…&page=…&office=…`: the conversations
 * of the officer's offices, newest first. `q` matches the visitor's name or
 * e-mail, or any message text, case-insensitively. `status=active` is the
 * supervisor's list of chats being served. Query strings arrive as text, so
 * `page` is coerced.
 */
export const conversationListQuerySchema = z.strictObject({
  status: z.enum(['active', 'closed']).default('closed'),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  /** One of the officer's offices; all of them when left out. */
  office: officeCodeSchema.optional(),
});
export type ConversationListQuery = z.input<typeof conversationListQuerySchema>;

/** One page of `GET /api/conversations`. */
export interface ConversationPage {
  items: ConversationSummary[];
  page: number;
  pageSize: number;
  /** How many conversations match, over all pages. */
  total: number;
}

/** What a canned response is called by: typed after `/` in the reply box, e.g. `/salam`. */
export const cannedShortcutSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_-]{1,32}$/, '1 to 32 of a-z 0-9 _ -');

/** `POST /api/offices/:code/canned-responses`. */
export const createCannedResponseSchema = z.strictObject({
  shortcut: cannedShortcutSchema,
  text: textSchema(2000),
  /**
   * With a question, the response is also an FAQ entry: the widget offers it (question and `text` as the answer)
   * to visitors searching before the guest book. Empty: not in the FAQ.
   */
  faqQuestion: z.string().max(600).transform(cleanText).pipe(z.string().max(300)).optional(),
});

/** `PATCH /api/offices/:code/canned-responses/:id`: only what it names changes. */
export const updateCannedResponseSchema = createCannedResponseSchema.partial();

/** A reply an office keeps ready for its officers. */
export const cannedResponseSchema = z.object({
  id: idSchema,
  officeCode: officeCodeSchema,
  shortcut: z.string(),
  text: z.string(),
  faqQuestion: z.string().optional(),
});
export type CannedResponse = z.infer<typeof cannedResponseSchema>;

/** One frequent question with its answer: `GET /api/widget/:officeCode/faq` (public). */
export const faqEntrySchema = z.object({ id: idSchema, question: z.string(), answer: z.string() });
export type FaqEntry = z.infer<typeof faqEntrySchema>;

/** `POST /api/conversations/:id/notes`: a note for colleagues, never sent to the visitor. */
export const createNoteSchema = z.strictObject({ text: textSchema(2000) });

/** A private note on a conversation. */
export const privateNoteSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  officerId: idSchema,
  officerName: z.string(),
  text: z.string(),
  at: isoTimeSchema,
});
export type PrivateNote = z.infer<typeof privateNoteSchema>;
