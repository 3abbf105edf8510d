import { z } from 'zod';
import { clientMsgIdSchema, idSchema, lineSchema, messageTextSchema, purposeSchema } from './common.ts';
import { guestBookLimits, PHONE_PATTERN } from './constants.ts';

export const consentVersionSchema = z.string().min(1).max(40);

/** `visitor:consent`: a returning visitor consents to the office's current privacy notice. */
export const consentSchema = z.strictObject({ consent: z.literal(true), consentVersion: consentVersionSchema });

/** The guest book (buku tamu) a visitor fills once before consulting. */
export const guestBookSchema = z.strictObject({
  name: lineSchema(guestBookLimits.name),
  email: z.string().trim().toLowerCase().max(guestBookLimits.email).pipe(z.email('a valid e-mail address')),
  /** Phone or WhatsApp number: digits, spaces, +, -, parentheses. */
  phone: z.string().trim().regex(PHONE_PATTERN, 'a phone number'),
  institution: lineSchema(guestBookLimits.institution),
  occupation: lineSchema(guestBookLimits.occupation),
  purpose: purposeSchema,
  /** The visitor ticked the data-use consent. */
  consent: z.literal(true, 'consent is required'),
  /** The version of the office's privacy notice the visitor read (`OfficePublic.privacyNoticeVersion`). */
  consentVersion: consentVersionSchema,
});
export type GuestBook = z.input<typeof guestBookSchema>;

/** `visitor:register`: the guest book; the first question comes with `conversation:start`. */
export const registerVisitorSchema = z.strictObject({ guestBook: guestBookSchema });

/**
 * `PATCH /api/conversations/:id/visitor`: the officer completes the guest book of a visitor who wrote by e-mail
 * (the mail gave only a name and an address). Only the fields named change.
 */
export const completeGuestBookSchema = guestBookSchema
  .pick({ name: true, phone: true, institution: true, occupation: true, purpose: true })
  .partial();
export type CompleteGuestBookInput = z.input<typeof completeGuestBookSchema>;

/** What a visitor and an officer see of a visitor. */
export const visitorProfileSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  institution: z.string(),
  occupation: z.string(),
  purpose: purposeSchema,
});
export type VisitorProfile = z.infer<typeof visitorProfileSchema>;

/** Ack of `visitor:register`: the token comes once, only here; the widget keeps it. */
export const registeredVisitorSchema = z.object({
  token: z.string(),
  visitor: visitorProfileSchema,
});
export type RegisteredVisitor = z.infer<typeof registeredVisitorSchema>;

/** `conversation:start`: the first question. */
export const startConversationSchema = z.strictObject({
  question: messageTextSchema,
  clientMsgId: clientMsgIdSchema,
  /** The host page the chat started on. */
  pageUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
});
