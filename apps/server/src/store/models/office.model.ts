import {
  complaintChannelKinds,
  defaultFileKinds,
  fileKinds,
  languageSchema,
  routingModeSchema,
  timeZones,
} from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const slotSchema = new Schema(
  {
    weekday: { type: Number, min: 1, max: 7, required: true },
    start: { type: String, required: true },
    end: { type: String, required: true },
  },
  { _id: false },
);
const closureSchema = new Schema(
  { date: { type: String, required: true }, label: { type: String, required: true } },
  { _id: false },
);
const channelSchema = new Schema(
  {
    kind: { type: String, enum: complaintChannelKinds, required: true },
    value: { type: String, required: true },
    label: { type: String, required: true },
  },
  { _id: false },
);

const officeSchema = new Schema(
  {
    /** Kode satker, 4 digits. */
    code: { type: String, required: true, match: /^\d{4}$/ },
    name: { type: String, required: true, trim: true, maxlength: 200 },
    timeZone: { type: String, required: true, enum: timeZones },
    serviceHours: { type: [slotSchema], default: [] },
    /** The office's own dated closures, on top of the national ones. */
    closures: { type: [closureSchema], default: [] },
    /** Observes Indonesia's national holidays and cuti bersama (the data file in domain/calendar/). */
    nationalHolidays: { type: Boolean, default: true },
    /** Origins of the websites that may embed this office's widget, e.g. https://tabanankab.bps.go.id. */
    allowedOrigins: { type: [String], default: [] },
    complaintChannels: { type: [channelSchema], default: [] },
    contacts: {
      website: String,
      address: String,
      phone: String,
      email: String,
      whatsapp: String,
    },
    routingMode: { type: String, enum: routingModeSchema.options, default: 'auto' },
    maxChatsPerOfficer: { type: Number, min: 1, max: 50, default: 5 },
    inactivityCloseDays: { type: Number, min: 1, max: 90, default: 7 },
    responseDeadlineDays: { type: Number, min: 1, max: 30, default: 3 },
    /** Two years: the yearly evaluation and its review read the transcripts; after that they are anonymised. */
    retentionDays: { type: Number, min: 30, max: 3650, default: 730 },
    ikmSurvey: { type: Boolean, default: false },
    privacyNotice: { type: { revision: Number, id: String, en: String, updatedAt: Date }, default: undefined },
    /** Kinds of file accepted in chats; offices stored before files existed read as the defaults. */
    fileKinds: { type: [String], enum: fileKinds, default: () => [...defaultFileKinds] },
    widget: {
      colour: { type: String, default: '#0b4f8a' },
      greeting: { id: String, en: String },
      position: { type: String, enum: ['left', 'right'] as const, default: 'right' },
    },
    languages: { type: [String], enum: languageSchema.options, default: ['id', 'en'] },
  },
  { timestamps: true },
);
officeSchema.index({ code: 1 }, { unique: true });

export type Office = InferSchemaType<typeof officeSchema>;

export function createOfficeModel(connection: Connection) {
  return connection.model('Office', officeSchema);
}
