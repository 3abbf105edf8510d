import {
  authorKindSchema,
  channelSchema,
  closeReasonSchema,
  conversationStatusSchema,
  purposeSchema,
} from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const actorSchema = new Schema(
  { kind: { type: String, enum: authorKindSchema.options, required: true }, id: Schema.Types.ObjectId },
  { _id: false },
);

/** One state change: who, when, from, to, why. Appended, never edited. */
const auditSchema = new Schema(
  {
    at: { type: Date, required: true },
    by: { type: actorSchema, required: true },
    from: { type: String, enum: conversationStatusSchema.options },
    to: { type: String, enum: conversationStatusSchema.options, required: true },
    reason: { type: String, required: true },
  },
  { _id: false },
);

const conversationSchema = new Schema({
  office: { type: String, required: true },
  visitor: { type: Schema.Types.ObjectId, ref: 'Visitor', required: true },
  /** Where it came in: the widget or the office's mailbox. */
  channel: { type: String, enum: channelSchema.options, default: 'web' },
  /** Copied from the guest book at start, so inbox lines need no second query. */
  visitorCard: {
    name: { type: String, required: true },
    institution: { type: String, default: '' },
    purpose: { type: String, enum: purposeSchema.options, required: true },
  },
  status: { type: String, enum: conversationStatusSchema.options, required: true },
  /** An offline message: started outside hours or with nobody online, or its visitor left the queue. */
  offline: { type: Boolean, default: false },
  officer: { type: Schema.Types.ObjectId, ref: 'Officer' },
  officerName: String,
  /** The first question, shortened, for inbox lines. */
  question: { type: String, required: true },
  pageUrl: String,
  topic: { type: String, enum: purposeSchema.options },
  summary: String,

  createdAt: { type: Date, required: true },
  queuedAt: Date,
  /** 1 when put back after its officer left: such chats go first. */
  queuePriority: { type: Number, default: 0 },
  assignedAt: Date,
  firstOfficerReplyAt: Date,
  lastVisitorMessageAt: Date,
  lastOfficerMessageAt: Date,
  closedAt: Date,
  closedBy: actorSchema,
  closeReason: { type: String, enum: closeReasonSchema.options },
  /** The response deadline, in the office's working days. */
  dueAt: { type: Date, required: true },
  /** Set while the desk waits for the visitor ("waiting for the visitor"); cleared on "request complete". */
  deadlinePausedAt: Date,
  /** The office-local month it started in ("2026-11"), stored for reports. */
  localMonth: { type: String, required: true },

  /** How many state transitions it has had; the next one claims this + 1 (see transition.model.ts). */
  stateNo: { type: Number, default: 0 },
  lastSeq: { type: Number, default: 0 },
  lastMessage: String,
  visitorReadSeq: { type: Number, default: 0 },
  officerReadSeq: { type: Number, default: 0 },

  rating: { score: Number, comment: String, at: Date },
  // No default: an unanswered survey must be absent, not an empty list.
  survey: { answers: { type: [Number], default: undefined }, at: Date },
  /** When its personal data was replaced (erasure or retention); its figures stay for the reports. */
  anonymisedAt: Date,
  /** Report figures, stored when it closes (see domain/reports/conversation-metrics.ts). */
  metrics: {
    type: new Schema(
      {
        startedLive: Boolean,
        abandoned: Boolean,
        firstResponseMinutes: Number,
        resolutionMinutes: Number,
        queueWaitSeconds: Number,
        deadline: { type: String, enum: ['met', 'missed', 'overdue', 'pending', 'none'] },
      },
      { _id: false },
    ),
    required: false,
  },
  audit: { type: [auditSchema], default: [] },
});
conversationSchema.index({ office: 1, status: 1, offline: 1, queuePriority: -1, queuedAt: 1 });
conversationSchema.index({ officer: 1, status: 1 });
conversationSchema.index({ visitor: 1, createdAt: -1 });
conversationSchema.index({ status: 1, lastOfficerMessageAt: 1 });
conversationSchema.index({ office: 1, status: 1, closedAt: 1 });
// Deadline reminders read only the open chats that can be due (jobs.ts).
conversationSchema.index({ office: 1, status: 1, dueAt: 1 });
/** Reports read one office's months. */
conversationSchema.index({ office: 1, localMonth: 1 });

export type Conversation = InferSchemaType<typeof conversationSchema>;

export function createConversationModel(connection: Connection) {
  return connection.model('Conversation', conversationSchema);
}
