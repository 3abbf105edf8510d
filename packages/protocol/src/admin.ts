import { z } from 'zod';
import { idSchema, isoTimeSchema, languageSchema, lineSchema, officeCodeSchema, textSchema } from './common.ts';
import { originVerdicts } from './constants.ts';
import { fileKindSchema } from './conversation.ts';
import {
  closureSchema,
  complaintChannelSchema,
  routingModeSchema,
  serviceSlotSchema,
  timeZoneSchema,
} from './office.ts';

/**
 * A website origin that may embed an office's widget, e.g.
 * `https://tabanankab.bps.go.id`: http or https, no path, query or fragment.
 * A trailing slash is accepted and dropped; the host is lowercased.
 */
export const originSchema = z
  .url({ protocol: /^https?$/, error: 'an http(s) origin such as https://tabanankab.bps.go.id' })
  .pipe(
    z
      .string()
      .refine((value) => {
        const url = new URL(value);
        return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
      }, 'an origin only: no path, query or fragment')
      .transform((value) => new URL(value).origin),
  );

/** `#rrggbb`. */
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, '#rrggbb');

/** The widget's greeting, in both UI languages. */
export const greetingSchema = z.strictObject({ id: textSchema(500), en: textSchema(500) });

/** How the office's widget looks; each part optional, so a PATCH changes only what it names. */
export const widgetSettingsSchema = z
  .strictObject({
    colour: colourSchema,
    greeting: greetingSchema,
    position: z.enum(['left', 'right']),
  })
  .partial();

/** Where visitors can reach the office outside the chat. */
export const officeContactsSchema = z
  .strictObject({
    website: lineSchema(300),
    address: lineSchema(300),
    phone: lineSchema(50),
    email: lineSchema(254),
    whatsapp: lineSchema(50),
  })
  .partial();

/** Everything an admin may set on an office, besides its code. */
const officeSettingsShape = {
  name: lineSchema(200),
  timeZone: timeZoneSchema,
  /** Weekly openings, local time. */
  serviceHours: z.array(serviceSlotSchema).max(50),
  /** Dated closures (holidays); the whole list is replaced. */
  closures: z.array(closureSchema).max(500),
  /** Websites that may embed the widget; the whole list is replaced. */
  allowedOrigins: z.array(originSchema).max(50),
  complaintChannels: z.array(complaintChannelSchema).max(20),
  contacts: officeContactsSchema,
  routingMode: routingModeSchema,
  /** Chats one officer holds at once before auto routing passes them by. */
  maxChatsPerOfficer: z.number().int().min(1).max(50),
  /** Days without a message before a chat closes itself. */
  inactivityCloseDays: z.number().int().min(1).max(90),
  /** Working days within which an offline question must be answered. */
  responseDeadlineDays: z.number().int().min(1).max(30),
  /** Days a closed consultation's transcript and guest book are kept before they are anonymised (UU PDP). */
  retentionDays: z.number().int().min(30).max(3650),
  /** The privacy notice the guest book links to, per language; a changed text is a new version (UU PDP). */
  privacyNotice: z.strictObject({
    id: textSchema(20_000).pipe(z.string().min(1)),
    en: textSchema(20_000).pipe(z.string().min(1)),
  }),
  /** Ask the IKM satisfaction survey (PermenPANRB 14/2017) after the rating. */
  ikmSurvey: z.boolean(),
  /** Kinds of file visitors and officers may send, recognised by content; empty: no files. */
  fileKinds: z.array(fileKindSchema).max(fileKindSchema.options.length),
  widget: widgetSettingsSchema,
  languages: z.array(languageSchema).min(1).max(2),
};

/**
 * `POST /api/admin/offices`. Code, name and time zone are required; every
 * other setting takes the server's default when left out.
 */
export const createOfficeSchema = z.strictObject({
  code: officeCodeSchema,
  ...officeSettingsShape,
  serviceHours: officeSettingsShape.serviceHours.optional(),
  closures: officeSettingsShape.closures.optional(),
  allowedOrigins: officeSettingsShape.allowedOrigins.optional(),
  complaintChannels: officeSettingsShape.complaintChannels.optional(),
  contacts: officeSettingsShape.contacts.optional(),
  routingMode: officeSettingsShape.routingMode.optional(),
  maxChatsPerOfficer: officeSettingsShape.maxChatsPerOfficer.optional(),
  inactivityCloseDays: officeSettingsShape.inactivityCloseDays.optional(),
  responseDeadlineDays: officeSettingsShape.responseDeadlineDays.optional(),
  retentionDays: officeSettingsShape.retentionDays.optional(),
  ikmSurvey: officeSettingsShape.ikmSurvey.optional(),
  privacyNotice: officeSettingsShape.privacyNotice.optional(),
  fileKinds: officeSettingsShape.fileKinds.optional(),
  widget: officeSettingsShape.widget.optional(),
  languages: officeSettingsShape.languages.optional(),
});
export type CreateOfficeInput = z.infer<typeof createOfficeSchema>;

/** `PATCH /api/admin/offices/:code`: only the settings it names change; the code never does. */
export const updateOfficeSchema = z.strictObject(officeSettingsShape).partial();
export type UpdateOfficeInput = z.infer<typeof updateOfficeSchema>;

/** An office with all its settings, as admins see it. */
export const officeAdminSchema = z.object({
  code: officeCodeSchema,
  name: z.string(),
  timeZone: timeZoneSchema,
  serviceHours: z.array(serviceSlotSchema),
  closures: z.array(closureSchema),
  allowedOrigins: z.array(z.string()),
  complaintChannels: z.array(complaintChannelSchema),
  contacts: z.record(z.string(), z.string()),
  routingMode: routingModeSchema,
  maxChatsPerOfficer: z.number().int(),
  inactivityCloseDays: z.number().int(),
  responseDeadlineDays: z.number().int(),
  retentionDays: z.number().int(),
  ikmSurvey: z.boolean(),
  /** The notice shown now: the office's own or the shipped default, with its version and when it changed. */
  privacyNotice: z.object({ version: z.string(), id: z.string(), en: z.string(), updatedAt: isoTimeSchema.optional() }),
  fileKinds: z.array(fileKindSchema),
  widget: z.object({
    colour: z.string(),
    greeting: z.object({ id: z.string(), en: z.string() }),
    position: z.enum(['left', 'right']),
  }),
  languages: z.array(languageSchema),
});
export type OfficeAdmin = z.infer<typeof officeAdminSchema>;

/** Who changed an office's settings: an officer through the REST API, or an operator through the admin CLI. */
export const officeChangeAuthorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('officer'), id: idSchema, name: z.string() }),
  z.object({ kind: z.literal('cli') }),
]);
export type OfficeChangeAuthor = z.infer<typeof officeChangeAuthorSchema>;

/**
 * One setting that changed: a value's `before` and `after`, or a list's
 * `added` and `removed` items. Parts of object settings are named with a dot:
 * `widget.colour`, `contacts.phone`.
 */
export const officeSettingChangeSchema = z.object({
  field: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  added: z.array(z.unknown()).optional(),
  removed: z.array(z.unknown()).optional(),
});
export type OfficeSettingChange = z.infer<typeof officeSettingChangeSchema>;

/** One change of an office's settings, as its audit keeps it: who, when, what. */
export const officeAuditEntrySchema = z.object({
  id: idSchema,
  officeCode: officeCodeSchema,
  at: isoTimeSchema,
  by: officeChangeAuthorSchema,
  changes: z.array(officeSettingChangeSchema).min(1),
});
export type OfficeAuditEntry = z.infer<typeof officeAuditEntrySchema>;

/** `GET /api/admin/offices/:code/origin-check?url=`: a page address, as a webmaster would paste it. */
export const originCheckQuerySchema = z.strictObject({ url: z.string().min(1).max(2000) });

/** Whether the office's widget would work on a page, by the rule the `/visitor` handshake applies. */
export const originCheckSchema = z.object({
  /** The origin a browser on that page sends (scheme, host and port); absent when the text is no http(s) URL. */
  origin: z.string().optional(),
  accepted: z.boolean(),
  /**
   * `listed`: among the office's allowed origins; `ours`: the chat server's own;
   * `local`: localhost, allowed outside production only; `not_listed`; `invalid`: not an http(s) URL.
   */
  reason: z.enum(originVerdicts),
});
export type OriginCheck = z.infer<typeof originCheckSchema>;
