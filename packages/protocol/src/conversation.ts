import { z } from 'zod';
import {
  clientMsgIdSchema,
  idSchema,
  isoTimeSchema,
  messageTextSchema,
  officeCodeSchema,
  purposeSchema,
  seqSchema,
  textSchema,
} from './common.ts';
import {
  authorKinds,
  channels,
  closeReasons,
  conversationStatuses,
  fileKinds,
  ikmElements,
  MAX_FILES_PER_MESSAGE,
  MAX_RATING_COMMENT_LENGTH,
  systemEvents,
} from './constants.ts';
import { visitorProfileSchema } from './visitor.ts';

export const conversationStatusSchema = z.enum(conversationStatuses);
export const closeReasonSchema = z.enum(closeReasons);
export const authorKindSchema = z.enum(authorKinds);
export const channelSchema = z.enum(channels);

/** What a system message reports; the UIs word it in their own language. */
export const systemEventSchema = z.enum(systemEvents);

export const fileKindSchema = z.enum(fileKinds);

/** A stored file as a message carries it: what the UIs show (name, kind, size) and the id to download it by. */
export const fileRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: fileKindSchema,
  size: z.number().int().min(0),
});
export type FileRef = z.infer<typeof fileRefSchema>;

/** A stored message as both sides receive it. */
export const messageSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  seq: seqSchema,
  clientMsgId: z.string(),
  author: authorKindSchema,
  /** The officer's name for officer messages; absent otherwise. */
  authorName: z.string().optional(),
  /**
   * For system messages: what happened. Clients render it in their reader's language from `event` and
   * `params`; `text` is then empty.
   */
  event: systemEventSchema.optional(),
  /** For system messages: the values their wording names, e.g. `officerName` for `assigned` and `transferred`. */
  params: z.record(z.string(), z.string()).optional(),
  text: z.string(),
  /** Files sent with the message (uploaded first); the text may then be empty. */
  files: z.array(fileRefSchema).optional(),
  at: isoTimeSchema,
});
export type Message = z.infer<typeof messageSchema>;

export const ratingSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().optional(),
  at: isoTimeSchema,
});

/** The visitor's IKM survey answers, one per element of `ikmElements`, each 1–4. */
export const surveyAnswersSchema = z.array(z.number().int().min(1).max(4)).length(ikmElements.length);
export const surveySchema = z.object({ answers: surveyAnswersSchema, at: isoTimeSchema });

/** What the visitor sees of their conversation. */
export const visitorConversationSchema = z.object({
  id: idSchema,
  officeCode: officeCodeSchema,
  status: conversationStatusSchema,
  offline: z.boolean(),
  /** 1-based place in the office's queue while queued. */
  queuePosition: z.number().int().min(1).optional(),
  officerName: z.string().optional(),
  lastSeq: seqSchema,
  /** The last message the officer side has read: the visitor's read receipts. */
  officerReadSeq: seqSchema.optional(),
  dueAt: isoTimeSchema,
  createdAt: isoTimeSchema,
  closedAt: isoTimeSchema.optional(),
  closeReason: closeReasonSchema.optional(),
  rating: ratingSchema.optional(),
  /** The IKM survey, when the office asks it and the visitor answered. */
  survey: surveySchema.optional(),
});
export type VisitorConversation = z.infer<typeof visitorConversationSchema>;

/** One line of an officer's inbox. */
export const conversationSummarySchema = z.object({
  id: idSchema,
  officeCode: officeCodeSchema,
  status: conversationStatusSchema,
  offline: z.boolean(),
  /** Where it came in; an officer's answer leaves the same way (e-mail for `email` and for offline messages). */
  channel: channelSchema,
  visitor: visitorProfileSchema.pick({ id: true, name: true, institution: true, purpose: true }),
  /** The first question, shortened. */
  question: z.string(),
  officerId: idSchema.optional(),
  officerName: z.string().optional(),
  queuePosition: z.number().int().min(1).optional(),
  lastSeq: seqSchema,
  /** The last message the officer side has read. */
  officerReadSeq: seqSchema,
  /** The last message the visitor has read: the officer's read receipts. */
  visitorReadSeq: seqSchema.optional(),
  lastMessage: z.string().optional(),
  createdAt: isoTimeSchema,
  queuedAt: isoTimeSchema.optional(),
  /** The answer is due by then (office's working days); see `deadlinePausedAt`. */
  dueAt: isoTimeSchema,
  /** Set while the desk waits for the visitor: the deadline clock stands still, nothing is overdue. */
  deadlinePausedAt: isoTimeSchema.optional(),
  /** The officer's last message; with no visitor message after it, the auto-close counts from it. */
  lastOfficerMessageAt: isoTimeSchema.optional(),
  lastVisitorMessageAt: isoTimeSchema.optional(),
  closedAt: isoTimeSchema.optional(),
  closeReason: closeReasonSchema.optional(),
  /** The visitor's rating of a closed conversation. */
  rating: ratingSchema.optional(),
  survey: surveySchema.optional(),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;

/** One state change, kept forever: who, when, from, to, why. */
export const auditEntrySchema = z.object({
  at: isoTimeSchema,
  by: z.object({ kind: authorKindSchema, id: idSchema.optional() }),
  from: conversationStatusSchema.optional(),
  to: conversationStatusSchema,
  reason: z.string(),
});

/** What an officer sees when opening a conversation. */
export const conversationDetailSchema = conversationSummarySchema.extend({
  visitor: visitorProfileSchema,
  pageUrl: z.string().optional(),
  topic: purposeSchema.optional(),
  summary: z.string().optional(),
  audit: z.array(auditEntrySchema),
  /** The same visitor's earlier consultations at this office, newest first. */
  earlier: z.array(
    z.object({
      id: idSchema,
      createdAt: isoTimeSchema,
      topic: purposeSchema.optional(),
      /** The visitor's rating of it, if any. */
      score: ratingSchema.shape.score.optional(),
    }),
  ),
});
export type ConversationDetail = z.infer<typeof conversationDetailSchema>;

/** Names the conversation an event is about. */
export const conversationRefSchema = z.strictObject({ conversationId: idSchema });

/** `message:send` from either side: text, files uploaded before (their ids), or both. */
export const sendMessageSchema = z
  .strictObject({
    conversationId: idSchema,
    clientMsgId: clientMsgIdSchema,
    text: messageTextSchema.optional(),
    files: z.array(idSchema).max(MAX_FILES_PER_MESSAGE).optional(),
  })
  .refine((input) => input.text !== undefined || (input.files?.length ?? 0) > 0, {
    message: 'a message needs text or files',
    path: ['text'],
  });

/** `conversation:sync`: everything after `afterSeq`, to catch up after a reconnect. */
export const syncConversationSchema = z.strictObject({
  conversationId: idSchema,
  afterSeq: seqSchema.default(0),
});

/** `conversation:transcript`: the visitor asks for the closed conversation's transcript by e-mail. */
export const requestTranscriptSchema = conversationRefSchema;

/** `typing:set`: ephemeral, never stored. */
export const setTypingSchema = z.strictObject({ conversationId: idSchema, typing: z.boolean() });

/** `read:mark`: the reader has seen every message up to `seq`. */
export const markReadSchema = z.strictObject({ conversationId: idSchema, seq: seqSchema });

/** `conversation:rate`: once, after closing. */
export const rateConversationSchema = z.strictObject({
  conversationId: idSchema,
  score: z.number().int().min(1).max(5),
  comment: textSchema(MAX_RATING_COMMENT_LENGTH).optional(),
});

/** `conversation:survey`: the IKM survey of a closed conversation, once, where the office asks it. */
export const submitSurveySchema = z.strictObject({ conversationId: idSchema, answers: surveyAnswersSchema });

/** `conversation:close` by the officer, with a topic. */
export const closeConversationSchema = z.strictObject({
  conversationId: idSchema,
  topic: purposeSchema,
  summary: textSchema(2000).optional(),
});

/**
 * `conversation:topic`: the topic of a chat closed without one (the visitor ended it, or it closed by itself),
 * asked of the officer when they next open it, for the reports. Set once.
 */
export const setTopicSchema = z.strictObject({
  conversationId: idSchema,
  topic: purposeSchema,
});

/** `conversation:transfer` to another online officer of the same office. */
export const transferConversationSchema = z.strictObject({ conversationId: idSchema, officerId: idSchema });

/** `typing:changed` to the other side. */
/** `read:marked`: the other side has read every message up to `seq` (read receipts, both ways). */
export const readMarkedSchema = z.object({
  conversationId: idSchema,
  reader: z.enum(['visitor', 'officer']),
  seq: seqSchema,
});

export const typingChangedSchema = z.object({
  conversationId: idSchema,
  author: authorKindSchema,
  typing: z.boolean(),
});
