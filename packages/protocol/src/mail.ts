import { z } from 'zod';
import { isoTimeSchema, lineSchema } from './common.ts';

/** An e-mail address, lowercased. */
export const emailAddressSchema = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());

/** How the server reads an office's mailbox over IMAP. The password is stored encrypted and never sent back. */
export const imapSettingsSchema = z.strictObject({
  host: lineSchema(253),
  port: z.number().int().min(1).max(65_535).default(993),
  /** TLS from the start (port 993). Without it the server upgrades with STARTTLS when offered. */
  secure: z.boolean().default(true),
  user: lineSchema(254),
  password: z.string().min(1).max(500),
  folder: lineSchema(200).default('INBOX'),
});

/**
 * `PUT /api/admin/offices/:code/mailbox`: the office's consultation mailbox. Answers to visitors leave from
 * `address` (its plus-addresses lead replies back to their conversation); with `imap`, mail that arrives
 * there becomes conversations in the inbox.
 */
export const officeMailboxSchema = z.strictObject({
  address: emailAddressSchema,
  /** The sender's display name; the office's name when left out. */
  displayName: lineSchema(200).optional(),
  imap: imapSettingsSchema.optional(),
});
export type OfficeMailboxInput = z.input<typeof officeMailboxSchema>;

/** The mailbox as staff see it: never the password. */
export const officeMailboxViewSchema = z.object({
  address: z.string(),
  displayName: z.string().optional(),
  imap: imapSettingsSchema.omit({ password: true }).optional(),
  /** The last time the poller read the mailbox, and its last error if the last read failed. */
  lastPolledAt: isoTimeSchema.optional(),
  lastError: z.string().optional(),
});
export type OfficeMailboxView = z.infer<typeof officeMailboxViewSchema>;
