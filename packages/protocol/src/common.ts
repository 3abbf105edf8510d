import { z } from 'zod';

/** A 4-digit BPS office code (kode satker), e.g. "5102" for Tabanan. */
export const officeCodeSchema = z.string().regex(/^\d{4}$/, 'a 4-digit office code');
export type OfficeCode = z.infer<typeof officeCodeSchema>;

/** A MongoDB ObjectId as 24 hex characters: the id of every stored thing on the wire. */
export const idSchema = z.string().regex(/^[0-9a-f]{24}$/, 'an id of 24 hex characters');

/** An instant as an ISO 8601 string with its offset. */
export const isoTimeSchema = z.iso.datetime({ offset: true });

/** Why the visitor came, from the guest book; also the topic an officer records at close. */
export const purposes = ['data', 'metadata', 'klasifikasi', 'lainnya'] as const;
export const purposeSchema = z.enum(purposes);
export type Purpose = z.infer<typeof purposeSchema>;

/** UI languages: Indonesian first. */
export const languageSchema = z.enum(['id', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** An id the client makes for each message, so a resend is stored once. */
export const clientMsgIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 of A-Z a-z 0-9 _ -');

/** A per-conversation message number: 1, 2, 3 … with no gaps. */
export const seqSchema = z.number().int().min(0);

// C0 and C1 control characters except tab and line feed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Free text from a person: NFC-normalised, control characters stripped, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').trim();
}

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

/** The longest chat message, in characters. */
export const MAX_MESSAGE_LENGTH = 4000;
/** The longest rating comment, in characters. */
export const MAX_RATING_COMMENT_LENGTH = 1000;

/** The text of a chat message. */
export const messageTextSchema = textSchema(MAX_MESSAGE_LENGTH);
