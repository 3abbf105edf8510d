import type { z } from 'zod';
import type { OfficeCode } from './common.ts';
import type { Language } from './constants.ts';
import type {
  ConversationDetail,
  ConversationSummary,
  closeConversationSchema,
  conversationRefSchema,
  Message,
  markReadSchema,
  rateConversationSchema,
  readMarkedSchema,
  requestTranscriptSchema,
  sendMessageSchema,
  setTopicSchema,
  setTypingSchema,
  submitSurveySchema,
  syncConversationSchema,
  transferConversationSchema,
  typingChangedSchema,
  VisitorConversation,
} from './conversation.ts';
import type { deadlineChangeSchema, dismissReminderSchema, OfficeDesk, Reminder } from './deadline.ts';
import type { Ack } from './errors.ts';
import type { OfficeStatus } from './office.ts';
import type { OfficerPresence, OfficerSelf, setPresenceSchema } from './officer.ts';
import type { confirmDataSchema, DataRequestView, requestDataSchema, VisitorDataExport } from './privacy.ts';
import type { consentSchema, RegisteredVisitor, registerVisitorSchema, startConversationSchema } from './visitor.ts';

/** `/visitor` handshake `auth`: the office, and the token of a returning visitor. */
export interface VisitorHandshake {
  officeCode: OfficeCode;
  token?: string;
  lang?: Language;
}

type In<S extends z.ZodType> = z.input<S>;
type Reply<T> = (ack: Ack<T>) => void;

/** What a synced conversation sends: its state and the messages after `afterSeq`, in order. */
export interface ConversationSync<C> {
  conversation: C;
  messages: Message[];
}

/** Events a visitor sends on `/visitor`. Each request answers through its ack. */
export interface VisitorClientToServerEvents {
  /** A returning visitor consents again after the office's privacy notice changed (CONSENT_OUTDATED). */
  'visitor:consent': (payload: In<typeof consentSchema>, ack: Reply<null>) => void;
  /** Submit the guest book; the ack carries the visitor token, once. */
  'visitor:register': (payload: In<typeof registerVisitorSchema>, ack: Reply<RegisteredVisitor>) => void;
  /** The visitor's open or most recent conversation, if any (for a returning visitor). */
  'conversation:current': (payload: Record<string, never>, ack: Reply<VisitorConversation | null>) => void;
  /** Ask the first question: a live chat when the desk is available, an offline message otherwise. */
  'conversation:start': (
    payload: In<typeof startConversationSchema>,
    ack: Reply<ConversationSync<VisitorConversation>>,
  ) => void;
  'message:send': (payload: In<typeof sendMessageSchema>, ack: Reply<Message>) => void;
  'conversation:sync': (
    payload: In<typeof syncConversationSchema>,
    ack: Reply<ConversationSync<VisitorConversation>>,
  ) => void;
  'typing:set': (payload: In<typeof setTypingSchema>) => void;
  'read:mark': (payload: In<typeof markReadSchema>, ack: Reply<null>) => void;
  /** The visitor ends the chat (reason `visitor_left`). */
  'conversation:end': (payload: In<typeof conversationRefSchema>, ack: Reply<VisitorConversation>) => void;
  'conversation:rate': (payload: In<typeof rateConversationSchema>, ack: Reply<VisitorConversation>) => void;
  /** The IKM survey after the rating, where the office asks it; once. */
  'conversation:survey': (payload: In<typeof submitSurveySchema>, ack: Reply<VisitorConversation>) => void;
  /** E-mail the closed conversation's transcript to the guest book's address, once. */
  'conversation:transcript': (payload: In<typeof requestTranscriptSchema>, ack: Reply<null>) => void;
  /** Ask to see, download, correct or erase one's data: a one-time code goes to the guest book's e-mail. */
  'data:request': (payload: In<typeof requestDataSchema>, ack: Reply<{ requestId: string }>) => void;
  /** The code from the e-mail: see/download answer at once with the data; correct/erase go to the office. */
  'data:confirm': (
    payload: In<typeof confirmDataSchema>,
    ack: Reply<{ request: DataRequestView; data?: VisitorDataExport }>,
  ) => void;
}

/** Events the server sends on `/visitor`. */
export interface VisitorServerToClientEvents {
  'office:status': (status: OfficeStatus) => void;
  /** Status, queue place or officer changed. */
  'conversation:updated': (conversation: VisitorConversation) => void;
  'message:created': (message: Message) => void;
  'typing:changed': (typing: z.infer<typeof typingChangedSchema>) => void;
  /** The officer read up to `seq`. */
  'read:marked': (read: z.infer<typeof readMarkedSchema>) => void;
}

/** The officer's view of the office on connect and on `inbox:sync`. */
export interface Inbox {
  me: OfficerSelf;
  /** Queued conversations of the officer's offices, first in line first. */
  queue: ConversationSummary[];
  /** Active conversations assigned to the officer. */
  mine: ConversationSummary[];
  officers: OfficerPresence[];
  /** The officer's offices as deadlines need them (zone, limits). */
  desks: OfficeDesk[];
  /** The officer's reminders not yet dismissed, newest first. */
  reminders: Reminder[];
  /** The server's time when it answered: deadlines are judged by the server's clock, not the browser's. */
  serverTime: string;
}

/** Events an officer sends on `/agent`. */
export interface AgentClientToServerEvents {
  'inbox:sync': (payload: Record<string, never>, ack: Reply<Inbox>) => void;
  'presence:set': (payload: In<typeof setPresenceSchema>, ack: Reply<OfficerSelf>) => void;
  /** Take a queued conversation (manual routing); exactly one officer wins. */
  'conversation:accept': (payload: In<typeof conversationRefSchema>, ack: Reply<ConversationSummary>) => void;
  'conversation:sync': (
    payload: In<typeof syncConversationSchema>,
    ack: Reply<ConversationSync<ConversationDetail>>,
  ) => void;
  'message:send': (payload: In<typeof sendMessageSchema>, ack: Reply<Message>) => void;
  'typing:set': (payload: In<typeof setTypingSchema>) => void;
  'read:mark': (payload: In<typeof markReadSchema>, ack: Reply<null>) => void;
  'conversation:transfer': (payload: In<typeof transferConversationSchema>, ack: Reply<ConversationSummary>) => void;
  'conversation:close': (payload: In<typeof closeConversationSchema>, ack: Reply<ConversationSummary>) => void;
  /** The topic of a chat closed without one (set once). */
  'conversation:topic': (payload: In<typeof setTopicSchema>, ack: Reply<ConversationSummary>) => void;
  /** "Waiting for the visitor": the deadline clock stops (recorded in the audit). */
  'deadline:pause': (payload: In<typeof deadlineChangeSchema>, ack: Reply<ConversationSummary>) => void;
  /** "Request complete": the clock starts again, and the due date is counted anew from now. */
  'deadline:resume': (payload: In<typeof deadlineChangeSchema>, ack: Reply<ConversationSummary>) => void;
  'reminder:dismiss': (payload: In<typeof dismissReminderSchema>, ack: Reply<null>) => void;
}

/** Events the server sends on `/agent`. */
export interface AgentServerToClientEvents {
  /** The office's queue changed: the whole queue, first in line first. */
  'queue:updated': (payload: { officeCode: OfficeCode; queue: ConversationSummary[] }) => void;
  /** A conversation the officer may see changed (assigned, transferred, closed, rated). */
  'conversation:updated': (conversation: ConversationSummary) => void;
  'message:created': (message: Message) => void;
  'typing:changed': (typing: z.infer<typeof typingChangedSchema>) => void;
  /** The visitor read up to `seq`. */
  'read:marked': (read: z.infer<typeof readMarkedSchema>) => void;
  'presence:updated': (officer: OfficerPresence) => void;
  /** A deadline reminder for this officer (sent once). */
  'reminder:created': (reminder: Reminder) => void;
}
