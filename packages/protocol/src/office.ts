import { z } from 'zod';
import { isoTimeSchema, languageSchema, officeCodeSchema } from './common.ts';
import { complaintChannelKinds, routingModes, timeZones } from './constants.ts';

/** Indonesia's three zones; none observes daylight saving time. */
export const timeZoneSchema = z.enum(timeZones);

/** "HH:MM", 24-hour, local to the office. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/** One opening on one weekday (1 = Monday … 7 = Sunday), local time; "24:00" ends a slot at midnight. */
export const serviceSlotSchema = z
  .strictObject({
    weekday: z.number().int().min(1).max(7),
    start: clockTimeSchema,
    end: z.union([clockTimeSchema, z.literal('24:00')]),
  })
  .refine((slot) => slot.start < slot.end, 'start must be before end');
export type ServiceSlot = z.infer<typeof serviceSlotSchema>;

/** A dated closure: national holiday, cuti bersama or office closure. */
export const closureSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  label: z.string().min(1).max(200),
});
export type Closure = z.infer<typeof closureSchema>;

/** Where a visitor can complain (pengaduan). */
export const complaintChannelSchema = z.strictObject({
  kind: z.enum(complaintChannelKinds),
  /** A URL, an e-mail address, a phone number, or a place (`box`). */
  value: z.string().min(1).max(300),
  label: z.string().min(1).max(200),
});
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

export const routingModeSchema = z.enum(routingModes);

/** What the widget shows before the visitor writes anything: `GET /api/widget/:officeCode`. */
export const officePublicSchema = z.object({
  code: officeCodeSchema,
  name: z.string(),
  timeZone: timeZoneSchema,
  /** WIB, WITA or WIT. */
  zoneName: z.string(),
  greeting: z.object({ id: z.string(), en: z.string() }),
  colour: z.string(),
  position: z.enum(['left', 'right']),
  languages: z.array(languageSchema),
  complaintChannels: z.array(complaintChannelSchema),
  responseDeadlineDays: z.number().int(),
  /** The version of the office's privacy notice (read at `/privacy/:code`) a guest book consents to. */
  privacyNoticeVersion: z.string(),
  /** The office asks the IKM satisfaction survey after the rating. */
  ikmSurvey: z.boolean(),
  /**
   * The office has frequent questions to search before the guest book: the widget then fetches them (and the code
   * to show them); without, the guest book shows at once, with no extra request.
   */
  hasFaq: z.boolean().optional(),
  /** Within service hours now. */
  open: z.boolean(),
  /** Open and at least one officer online: a live chat is possible. */
  available: z.boolean(),
  /** When the desk opens next, if it is closed now. */
  nextOpenAt: isoTimeSchema.optional(),
  /**
   * Present only when the page that asked (its `Origin`) may not embed this
   * office's chat, by the rule of the `/visitor` handshake: what the widget
   * shows instead of a window that could not work (`id`, `en`), and `log`,
   * one plain line for the webmaster naming the origin to add and where.
   */
  originRefused: z.object({ id: z.string(), en: z.string(), log: z.string() }).optional(),
});
export type OfficePublic = z.infer<typeof officePublicSchema>;

/** The part of OfficePublic that changes while a visitor watches: sent as `office:status`. */
export const officeStatusSchema = officePublicSchema.pick({ open: true, available: true, nextOpenAt: true }).extend({
  officeCode: officeCodeSchema,
});
export type OfficeStatus = z.infer<typeof officeStatusSchema>;
