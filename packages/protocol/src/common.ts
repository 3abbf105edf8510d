import { z } from 'zod';
import { CLIENT_MSG_ID_PATTERN, cleanText, languages, MAX_MESSAGE_LENGTH, purposes } from './constants.ts';

/** A 4-digit BPS office code (kode satker), e.g. "5102" for Tabanan. */
export const officeCodeSchema = z.string().regex(/^\d{4}$/, 'a 4-digit office code');
export type OfficeCode = z.infer<typeof officeCodeSchema>;

/** A MongoDB ObjectId as 24 hex characters: the id of every stored thing on the wire. */
export const idSchema = z.string().regex(/^[0-9a-f]{24}$/, 'an id of 24 hex characters');

/** An instant as an ISO 8601 string with its offset. */
export const isoTimeSchema = z.iso.datetime({ offset: true });

/** Why the visitor came, from the guest book; also the topic an officer records at close. */
export const purposeSchema = z.enum(purposes);

/** UI languages: Indonesian first. */
export const languageSchema = z.enum(languages);

/** An id the client makes for each message, so a resend is stored once. */
export const clientMsgIdSchema = z.string().regex(CLIENT_MSG_ID_PATTERN, '8 to 64 of A-Z a-z 0-9 _ -');

/** A per-conversation message number: 1, 2, 3 … with no gaps. */
export const seqSchema = z.number().int().min(0);

/** Free text that must not be empty after cleaning, at most `max` characters. */
export function textSchema(max: number) {
  return z
    .string()
    .max(max * 2, `at most ${max} characters`)
    .transform(cleanText)
    .pipe(z.string().min(1, 'must not be empty').max(max, `at most ${max} characters`));
}

/** A single line of text: a name, an institution. */
export function lineSchema(max: number) {
  return textSchema(max).pipe(z.string().regex(/^[^\n\t]*$/, 'a single line'));
}

/** The text of a chat message. */
export const messageTextSchema = textSchema(MAX_MESSAGE_LENGTH);
