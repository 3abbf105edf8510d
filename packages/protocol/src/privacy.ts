import { z } from 'zod';
import { idSchema, isoTimeSchema, textSchema } from './common.ts';
import { dataRequestKinds } from './constants.ts';
import { completeGuestBookSchema, type VisitorProfile } from './visitor.ts';

export const dataRequestKindSchema = z.enum(dataRequestKinds);

/** `data:request`: the visitor asks to see, download, correct or erase their data; a code goes to their e-mail. */
export const requestDataSchema = z.strictObject({
  kind: dataRequestKindSchema,
  /** For a correction: what is wrong, in the visitor's words. */
  details: textSchema(1000).optional(),
});

/** `data:confirm`: the one-time code from the e-mail. */
export const confirmDataSchema = z.strictObject({
  requestId: idSchema,
  code: z.string().regex(/^\d{6}$/, 'the 6-digit code from the e-mail'),
});

/** A request as the visitor and the office see it. */
export const dataRequestViewSchema = z.object({
  id: idSchema,
  officeCode: z.string(),
  kind: dataRequestKindSchema,
  status: z.enum(['unverified', 'open', 'done']),
  details: z.string().optional(),
  createdAt: isoTimeSchema,
  /** 3×24 hours after it was verified. */
  dueAt: isoTimeSchema.optional(),
  doneAt: isoTimeSchema.optional(),
  visitorName: z.string().optional(),
});
export type DataRequestView = z.infer<typeof dataRequestViewSchema>;

/** Everything kept about a visitor, for "see" and "download". */
export interface VisitorDataExport {
  exportedAt: string;
  guestBook: VisitorProfile & { consentAt?: string; consentVersion?: string };
  conversations: {
    id: string;
    createdAt: string;
    status: string;
    closedAt?: string;
    topic?: string;
    rating?: { score: number; comment?: string };
    messages: { author: string; authorName?: string; text: string; at: string }[];
  }[];
}

/** `POST /api/data-requests/:id/complete`: the office carries the request out; a correction names the fields. */
export const completeDataRequestSchema = z.strictObject({ corrections: completeGuestBookSchema.optional() });
export type CompleteDataRequestInput = z.input<typeof completeDataRequestSchema>;

/** A closed conversation whose transcript and guest book retention will anonymise next, and when. */
export interface ExpiringConversation {
  conversationId: string;
  closedAt: string;
  expiresAt: string;
}

/** One entry of the staff access log. */
export interface AccessLogEntry {
  officerId: string;
  what: string;
  conversationId?: string;
  at: string;
}

/** For a breach notice: who gave which fields to the office in a time window. */
export interface AffectedVisitor {
  visitorId: string;
  name: string;
  email: string;
  fields: string[];
  firstAt: string;
}
