// The zod-free entry (`@pst/protocol/constants`): the protocol's enums, limits and names as plain values.
// The UIs import values only from here; the main entry pulls in zod (about 30 KB gzip). The schemas build
// from these, so each is written once.

/** UI languages: Indonesian first. */
export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

/** Why the visitor came, from the guest book; also the topic an officer records at close. */
export const purposes = ['data', 'metadata', 'klasifikasi', 'lainnya'] as const;
export type Purpose = (typeof purposes)[number];

/**
 * The version of the shipped default privacy notice. An office that edits its own notice gets its own versions
 * (`<code>-r<n>`); the visitor consents to the version the office shows (see `OfficePublic.privacyNoticeVersion`).
 */
export const CONSENT_VERSION = '2026-11';

/** The longest value of each guest book field, in characters. */
export const guestBookLimits = { name: 120, email: 254, institution: 200, occupation: 120 } as const;
/** A phone or WhatsApp number in the guest book: digits, spaces, +, -, parentheses. */
export const PHONE_PATTERN = /^\+?[0-9 ()-]{6,24}$/;

/** The longest chat message, in characters. */
export const MAX_MESSAGE_LENGTH = 4000;
/** The longest rating comment, in characters. */
export const MAX_RATING_COMMENT_LENGTH = 1000;
/** What a client-made message id may look like. */
export const CLIENT_MSG_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export const conversationStatuses = ['queued', 'active', 'closed'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const closeReasons = ['resolved', 'visitor_left', 'inactive'] as const;
export type CloseReason = (typeof closeReasons)[number];

export const authorKinds = ['visitor', 'officer', 'system'] as const;
export type AuthorKind = (typeof authorKinds)[number];

/** What a system message reports; the UIs word it in their own language. */
export const systemEvents = [
  'assigned',
  'transferred',
  'requeued',
  'closed',
  'auto_closed',
  'visitor_left',
  'visitor_gone',
  /** The chat closes itself within a day unless the visitor answers (posted once, a day before). */
  'auto_close_warning',
] as const;
export type SystemEvent = (typeof systemEvents)[number];

/** In-app deadline reminders: to the assigned officer a working day before the due date; to supervisors when overdue. */
export const reminderKinds = ['due_soon', 'overdue'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const roles = ['officer', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** What an officer chose; routing counts only `online` officers with a connected tab. */
export const presenceStatuses = ['online', 'away', 'offline'] as const;
export type PresenceStatus = (typeof presenceStatuses)[number];

/** Indonesia's three zones; none observes daylight saving time. */
export const timeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof timeZones)[number];

export const complaintChannelKinds = ['form', 'email', 'whatsapp', 'telegram', 'phone', 'lapor', 'box'] as const;

/** Where a consultation came in: the web widget, the office's mailbox, its Telegram bot or its WhatsApp number. */
export const channels = ['web', 'email', 'telegram', 'whatsapp'] as const;
/** The chat apps an office can connect (a bot, a WhatsApp Business number): conversations arrive by their API. */
export const chatChannels = ['telegram', 'whatsapp'] as const;
export type ChatChannel = (typeof chatChannels)[number];

/**
 * The nine elements of the public satisfaction survey (IKM, PermenPANRB 14/2017), in its order: requirements;
 * systems, mechanisms and procedures; completion time; cost; product; competence; conduct; complaint handling;
 * facilities. Each is answered 1 (not good) to 4 (very good).
 */
export const ikmElements = [
  'requirements',
  'procedure',
  'time',
  'cost',
  'product',
  'competence',
  'conduct',
  'complaints',
  'facilities',
] as const;
export type IkmElement = (typeof ikmElements)[number];

/** The service quality of an IKM score: A very good (≥ 88.31), B good (≥ 76.61), C fair (≥ 65.00), D poor. */
export const ikmCategories = ['A', 'B', 'C', 'D'] as const;
export type IkmCategory = (typeof ikmCategories)[number];

/** The category of an IKM score, rounded to two decimals first as the regulation's table is. */
export function ikmCategory(score: number): IkmCategory {
  const rounded = Math.round(score * 100) / 100;
  if (rounded >= 88.31) return 'A';
  if (rounded >= 76.61) return 'B';
  if (rounded >= 65) return 'C';
  return 'D';
}
export type Channel = (typeof channels)[number];

/** What a visitor may ask of their personal data (UU PDP 27/2022). */
export const dataRequestKinds = ['access', 'export', 'correct', 'erase'] as const;
export type DataRequestKind = (typeof dataRequestKinds)[number];

export const routingModes = ['auto', 'manual'] as const;
export type RoutingMode = (typeof routingModes)[number];

/** Why a page's origin may or may not embed an office's chat (see `originCheckSchema`). */
export const originVerdicts = ['listed', 'ours', 'local', 'not_listed', 'invalid'] as const;
export type OriginVerdict = (typeof originVerdicts)[number];

/**
 * Kinds of file the server recognises by their content (magic bytes; xlsx and docx by their zip entries; csv as
 * plain text). `svg` is recognised so an office may allow it; it is always served as an attachment.
 */
export const fileKinds = ['xlsx', 'xls', 'csv', 'pdf', 'docx', 'png', 'jpg', 'webp', 'svg'] as const;
export type FileKind = (typeof fileKinds)[number];
/** What an office accepts unless its settings say otherwise. */
export const defaultFileKinds: readonly FileKind[] = ['xlsx', 'xls', 'csv', 'pdf', 'docx', 'png', 'jpg', 'webp'];
/** Kinds a browser may show inline in an `<img>` (never SVG: it can carry script). */
export const imageFileKinds: readonly FileKind[] = ['png', 'jpg', 'webp'];
/** The media type each kind is served with. */
export const fileMediaTypes: Record<FileKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};
/** The largest file, in bytes, unless the server's settings say otherwise. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The most files one message carries. */
export const MAX_FILES_PER_MESSAGE = 5;
/** The longest file name kept, in characters. */
export const MAX_FILE_NAME_LENGTH = 200;
/** Where files are uploaded (POST, raw bytes) and downloaded (GET `/files/<id>`): a path no page uses. */
export const FILE_UPLOAD_PATH = '/api/files';
export const FILE_DOWNLOAD_PREFIX = '/files/';

/** Lines per page of `GET /api/conversations`. */
export const CONVERSATION_PAGE_SIZE = 20;

/** Socket.IO namespaces. */
export const namespaces = { visitor: '/visitor', agent: '/agent' } as const;

/**
 * Every error code the server can send, in one map. Codes are stable: clients
 * branch on them; messages are for people and may change.
 */
export const errorCodes = {
  BAD_REQUEST: 'The input did not match its schema.',
  UNAUTHENTICATED: 'Sign in first.',
  FORBIDDEN: 'You may not do this.',
  NOT_FOUND: 'No such thing, or not yours.',
  CONFLICT: 'The state changed; reload and try again.',
  ALREADY_TAKEN: 'Another officer took this conversation first.',
  ALREADY_RATED: 'This conversation has been rated already.',
  CONVERSATION_CLOSED: 'This conversation is closed.',
  CONVERSATION_NOT_CLOSED: 'Only a closed conversation can be rated.',
  OFFICER_UNAVAILABLE: 'That officer is not online, or has no room for another chat.',
  ORIGIN_NOT_ALLOWED: 'This website may not embed the chat of that office.',
  UNKNOWN_OFFICE: 'No such office.',
  NOT_REGISTERED: 'Fill the guest book first.',
  CONSENT_OUTDATED: 'The privacy notice has changed: read it and consent again.',
  RATE_LIMITED: 'Too many requests; slow down.',
  PAYLOAD_TOO_LARGE: 'The input is too large.',
  FILE_TOO_LARGE: 'The file is larger than allowed.',
  FILE_TYPE_NOT_ALLOWED: 'This kind of file is not accepted here.',
  WINDOW_CLOSED: "WhatsApp allows free text only within 24 hours of the visitor's last message; send the template.",
  UNAVAILABLE: 'A dependency is down; try again later.',
  INTERNAL: 'Something went wrong on the server.',
} as const;
export type ErrorCode = keyof typeof errorCodes;

// C0 and C1 control characters except tab and line feed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): an unbalanced one
 * reorders whatever is shown after it (the officer's queue line, a notification). The plain marks
 * LRM, RLM and ALM stay: they affect only their own text.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Free text from a person: NFC-normalised, control and bidirectional control characters stripped,
 * trimmed. A rule rather than a constant, here so the UIs clean text exactly as the schemas do
 * without loading zod.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .replace(BIDI_CONTROLS, '')
    .trim();
}
