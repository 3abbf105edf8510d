import type {
  AuthorKind,
  Channel,
  CloseReason,
  Closure,
  ComplaintChannel,
  ConversationStatus,
  FileKind,
  Language,
  PresenceStatus,
  Purpose,
  ReminderKind,
  Role,
  RoutingMode,
  ServiceSlot,
  TimeZone,
} from '@pst/protocol';

/**
 * What the store hands the domain: plain objects with string ids, never a
 * Mongoose document, so the domain knows nothing of the database.
 */
export type Id = string;

/** Who made a change. */
export interface Actor {
  kind: AuthorKind;
  id?: Id;
}

/** One state change: who, when, from, to, why. Appended, never edited. */
export interface AuditEntry {
  at: Date;
  by: Actor;
  from?: ConversationStatus;
  to: ConversationStatus;
  reason: string;
}

export interface ConversationRecord {
  id: Id;
  office: string;
  visitor: Id;
  channel: Channel;
  visitorCard: { name: string; institution: string; purpose: Purpose };
  status: ConversationStatus;
  offline: boolean;
  officer?: Id;
  officerName?: string;
  question: string;
  pageUrl?: string;
  topic?: Purpose;
  summary?: string;
  createdAt: Date;
  queuedAt?: Date;
  queuePriority: number;
  assignedAt?: Date;
  firstOfficerReplyAt?: Date;
  lastVisitorMessageAt?: Date;
  lastOfficerMessageAt?: Date;
  closedAt?: Date;
  closedBy?: Actor;
  closeReason?: CloseReason;
  dueAt: Date;
  /** Set while the desk waits for the visitor: the deadline clock stands still. */
  deadlinePausedAt?: Date;
  localMonth: string;
  stateNo: number;
  lastSeq: number;
  lastMessage?: string;
  visitorReadSeq: number;
  officerReadSeq: number;
  rating?: { score: number; comment?: string; at: Date };
  /** The IKM survey's nine answers (1–4), in the order of `ikmElements`. */
  survey?: { answers: number[]; at: Date };
  /** What reports need, stored when it closes (see domain/reports/conversation-metrics.ts). */
  metrics?: ConversationMetrics;
  audit: AuditEntry[];
}

/** Report figures of one conversation; durations in the office's working time, waits in wall-clock time. */
export interface ConversationMetrics {
  startedLive: boolean;
  abandoned: boolean;
  firstResponseMinutes?: number;
  resolutionMinutes?: number;
  queueWaitSeconds?: number;
  deadline: 'met' | 'missed' | 'overdue' | 'pending' | 'none';
}

export interface OfficeRecord {
  code: string;
  name: string;
  timeZone: TimeZone;
  serviceHours: ServiceSlot[];
  /** The office's own dated closures; national holidays come from the calendar data, see `calendarOf`. */
  closures: Closure[];
  /** Observes Indonesia's national holidays and cuti bersama (default true; the always-open demo desk does not). */
  nationalHolidays?: boolean;
  allowedOrigins: string[];
  complaintChannels: ComplaintChannel[];
  contacts: { website?: string; address?: string; phone?: string; email?: string; whatsapp?: string };
  routingMode: RoutingMode;
  maxChatsPerOfficer: number;
  inactivityCloseDays: number;
  responseDeadlineDays: number;
  retentionDays: number;
  /** The office's own privacy notice; absent: the shipped default. Each change raises `revision`. */
  privacyNotice?: { revision: number; id: string; en: string; updatedAt: Date };
  /** Asks the IKM survey after the rating; absent on offices stored before it existed (false). */
  ikmSurvey?: boolean;
  /** Absent on offices stored before files existed: then `defaultFileKinds`. */
  fileKinds?: FileKind[];
  widget: { colour?: string; greeting?: { id?: string; en?: string }; position?: 'left' | 'right' };
  languages: Language[];
}

export interface OfficerRecord {
  id: Id;
  name: string;
  email: string;
  /** argon2id. Never send it: see `toOfficerSelf`. */
  passwordHash: string;
  role: Role;
  offices: string[];
  status: PresenceStatus;
  disabled: boolean;
  lastAssignedAt: Date;
}

/** A guest book. From an e-mail, phone, institution and occupation are '' and consent absent until completed. */
export interface VisitorRecord {
  id: Id;
  office: string;
  channel: Channel;
  name: string;
  email: string;
  phone: string;
  institution: string;
  occupation: string;
  purpose: Purpose;
  consentAt?: Date;
  consentVersion?: string;
  /** The visitor proved the e-mail is theirs (see visitor.model.ts). */
  emailVerifiedAt?: Date;
}

/** A deadline notice, sent once (see reminder.model.ts). */
export interface ReminderRecord {
  id: Id;
  key: string;
  kind: ReminderKind | 'auto_close_warning';
  office: string;
  conversation: Id;
  officer?: Id;
  visitorName: string;
  /** The due date (or, for the auto-close warning, the close time) it refers to. */
  dueAt: Date;
  at: Date;
  dismissedAt?: Date;
}

/** A lean document's fields without null (Mongoose gives null for unset optional paths). */
export function withoutNulls<T extends object>(doc: T): T {
  return Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== null && value !== undefined)) as T;
}

/** A stored file (its bytes are in GridFS under the same id). */
export interface FileRecord {
  id: Id;
  office: string;
  conversationId: Id;
  uploader: { kind: AuthorKind; id?: Id };
  name: string;
  kind: FileKind;
  size: number;
  at: Date;
}
