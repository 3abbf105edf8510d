// The REST contract: every endpoint's method, path, success status and the types of what goes in and out.
// Zod-free (types only), so the agent app imports it as a value without bundling zod; the server
// validates inputs with the schemas these types come from.
import type { z } from 'zod';
import type { CreateOfficeInput, OfficeAdmin, OfficeAuditEntry, OriginCheck, UpdateOfficeInput } from './admin.ts';
import type { ChatChannelView, TelegramConnectInput, WhatsappConnectInput } from './chat-channels.ts';
import type { ChatChannel } from './constants.ts';
import type { ConversationDetail, FileRef, Message } from './conversation.ts';
import type {
  CannedResponse,
  ConversationListQuery,
  ConversationPage,
  createCannedResponseSchema,
  createNoteSchema,
  FaqEntry,
  PrivateNote,
  updateCannedResponseSchema,
} from './inbox.ts';
import type { OfficeMailboxInput, OfficeMailboxView } from './mail.ts';
import type { OfficePublic } from './office.ts';
import type { createOfficerSchema, loginSchema, OfficerSelf, updateOfficerSchema } from './officer.ts';
import type {
  AccessLogEntry,
  AffectedVisitor,
  CompleteDataRequestInput,
  DataRequestView,
  ExpiringConversation,
} from './privacy.ts';
import type { Report, ReportExportQuery, ReportQuery } from './report.ts';
import type { CompleteGuestBookInput, VisitorProfile } from './visitor.ts';

/** An officer as admins and supervisors manage them. */
export type ManagedOfficer = OfficerSelf & { disabled: boolean };

export const rest = {
  login: { method: 'POST', path: '/api/auth/login', status: 200 },
  logout: { method: 'POST', path: '/api/auth/logout', status: 204 },
  me: { method: 'GET', path: '/api/auth/me', status: 200 },
  widgetInfo: { method: 'GET', path: '/api/widget/:officeCode', status: 200 },
  /** The office's frequent questions (canned responses with an FAQ question), for the widget's search. */
  widgetFaq: { method: 'GET', path: '/api/widget/:officeCode/faq', status: 200 },
  /** The visitor found their answer in the FAQ, without a chat: counted for the reports. */
  faqAnswered: { method: 'POST', path: '/api/widget/:officeCode/faq/:id/answered', status: 204 },
  listConversations: { method: 'GET', path: '/api/conversations', status: 200 },
  getConversation: { method: 'GET', path: '/api/conversations/:id', status: 200 },
  listNotes: { method: 'GET', path: '/api/conversations/:id/notes', status: 200 },
  addNote: { method: 'POST', path: '/api/conversations/:id/notes', status: 201 },
  completeGuestBook: { method: 'PATCH', path: '/api/conversations/:id/visitor', status: 200 },
  listDataRequests: { method: 'GET', path: '/api/offices/:code/data-requests', status: 200 },
  completeDataRequest: { method: 'POST', path: '/api/data-requests/:id/complete', status: 200 },
  accessLog: { method: 'GET', path: '/api/admin/offices/:code/access-log', status: 200 },
  expiringNext: { method: 'GET', path: '/api/offices/:code/retention/next', status: 200 },
  affectedVisitors: { method: 'GET', path: '/api/admin/offices/:code/affected', status: 200 },
  listCanned: { method: 'GET', path: '/api/offices/:code/canned-responses', status: 200 },
  createCanned: { method: 'POST', path: '/api/offices/:code/canned-responses', status: 201 },
  updateCanned: { method: 'PATCH', path: '/api/offices/:code/canned-responses/:id', status: 200 },
  deleteCanned: { method: 'DELETE', path: '/api/offices/:code/canned-responses/:id', status: 204 },
  listOffices: { method: 'GET', path: '/api/admin/offices', status: 200 },
  createOffice: { method: 'POST', path: '/api/admin/offices', status: 201 },
  getOffice: { method: 'GET', path: '/api/admin/offices/:code', status: 200 },
  updateOffice: { method: 'PATCH', path: '/api/admin/offices/:code', status: 200 },
  getMailbox: { method: 'GET', path: '/api/admin/offices/:code/mailbox', status: 200 },
  setMailbox: { method: 'PUT', path: '/api/admin/offices/:code/mailbox', status: 200 },
  deleteMailbox: { method: 'DELETE', path: '/api/admin/offices/:code/mailbox', status: 204 },
  listChatChannels: { method: 'GET', path: '/api/admin/offices/:code/channels', status: 200 },
  connectTelegram: { method: 'PUT', path: '/api/admin/offices/:code/channels/telegram', status: 200 },
  connectWhatsapp: { method: 'PUT', path: '/api/admin/offices/:code/channels/whatsapp', status: 200 },
  disconnectChatChannel: { method: 'DELETE', path: '/api/admin/offices/:code/channels/:channel', status: 204 },
  /** The approved WhatsApp template to the visitor, when free text is refused (WINDOW_CLOSED). */
  sendTemplate: { method: 'POST', path: '/api/conversations/:id/template', status: 201 },
  officeAudit: { method: 'GET', path: '/api/admin/offices/:code/audit', status: 200 },
  checkOrigin: { method: 'GET', path: '/api/admin/offices/:code/origin-check', status: 200 },
  listOfficers: { method: 'GET', path: '/api/admin/officers', status: 200 },
  createOfficer: { method: 'POST', path: '/api/admin/officers', status: 201 },
  updateOfficer: { method: 'PATCH', path: '/api/admin/officers/:id', status: 200 },
  getReport: { method: 'GET', path: '/api/reports', status: 200 },
  exportReport: { method: 'GET', path: '/api/reports/export', status: 200 },
  /**
   * The body is the file's raw bytes (`application/octet-stream`), streamed; a visitor authenticates with
   * `Authorization: Bearer <token>` and `X-PST-Office: <code>`, an officer with the session cookie. The file
   * is then sent with `message:send` (`files: [id]`) and downloaded from `GET /files/<id>`.
   */
  uploadFile: { method: 'POST', path: '/api/files', status: 201 },
} as const;

export type RestEndpoint = keyof typeof rest;

/** What each endpoint takes (path params, query, body) and answers (`undefined`: no body). */
export interface RestTypes {
  login: { body: z.input<typeof loginSchema>; response: OfficerSelf };
  logout: { response: undefined };
  me: { response: OfficerSelf };
  widgetInfo: { params: { officeCode: string }; response: OfficePublic };
  widgetFaq: { params: { officeCode: string }; response: FaqEntry[] };
  faqAnswered: { params: { officeCode: string; id: string }; response: undefined };
  listConversations: { query: ConversationListQuery; response: ConversationPage };
  getConversation: { params: { id: string }; response: { conversation: ConversationDetail; messages: Message[] } };
  listNotes: { params: { id: string }; response: PrivateNote[] };
  addNote: { params: { id: string }; body: z.input<typeof createNoteSchema>; response: PrivateNote };
  completeGuestBook: { params: { id: string }; body: CompleteGuestBookInput; response: VisitorProfile };
  listDataRequests: { params: { code: string }; response: DataRequestView[] };
  completeDataRequest: { params: { id: string }; body: CompleteDataRequestInput; response: DataRequestView };
  accessLog: { params: { code: string }; response: AccessLogEntry[] };
  expiringNext: { params: { code: string }; response: ExpiringConversation[] };
  affectedVisitors: { params: { code: string }; query: { from: string; to: string }; response: AffectedVisitor[] };
  listCanned: { params: { code: string }; response: CannedResponse[] };
  createCanned: {
    params: { code: string };
    body: z.input<typeof createCannedResponseSchema>;
    response: CannedResponse;
  };
  updateCanned: {
    params: { code: string; id: string };
    body: z.input<typeof updateCannedResponseSchema>;
    response: CannedResponse;
  };
  deleteCanned: { params: { code: string; id: string }; response: undefined };
  listOffices: { response: OfficeAdmin[] };
  createOffice: { body: CreateOfficeInput; response: OfficeAdmin };
  getOffice: { params: { code: string }; response: OfficeAdmin };
  updateOffice: { params: { code: string }; body: UpdateOfficeInput; response: OfficeAdmin };
  /** `null` when the office has no mailbox. */
  getMailbox: { params: { code: string }; response: OfficeMailboxView | null };
  setMailbox: { params: { code: string }; body: OfficeMailboxInput; response: OfficeMailboxView };
  deleteMailbox: { params: { code: string }; response: undefined };
  listChatChannels: { params: { code: string }; response: ChatChannelView[] };
  connectTelegram: { params: { code: string }; body: TelegramConnectInput; response: ChatChannelView };
  connectWhatsapp: { params: { code: string }; body: WhatsappConnectInput; response: ChatChannelView };
  disconnectChatChannel: { params: { code: string; channel: ChatChannel }; response: undefined };
  sendTemplate: { params: { id: string }; response: Message };
  officeAudit: { params: { code: string }; response: OfficeAuditEntry[] };
  checkOrigin: { params: { code: string }; query: { url: string }; response: OriginCheck };
  listOfficers: { query: { office?: string }; response: ManagedOfficer[] };
  createOfficer: { body: z.input<typeof createOfficerSchema>; response: ManagedOfficer };
  updateOfficer: { params: { id: string }; body: z.input<typeof updateOfficerSchema>; response: ManagedOfficer };
  /** Supervisors: offices they supervise; admins: any office or `all`. */
  getReport: { query: ReportQuery; response: Report };
  /** A file download (CSV: UTF-8 with BOM, `;`-separated; XLSX), not JSON. */
  exportReport: { query: ReportExportQuery; response: string };
  uploadFile: { query: { conversationId: string; name: string }; response: FileRef };
}

export type RestParams<E extends RestEndpoint> = RestTypes[E] extends { params: infer P } ? P : undefined;
export type RestQuery<E extends RestEndpoint> = RestTypes[E] extends { query: infer Q } ? Q : undefined;
export type RestBody<E extends RestEndpoint> = RestTypes[E] extends { body: infer B } ? B : undefined;
export type RestResponse<E extends RestEndpoint> = RestTypes[E]['response'];

/** The endpoint's URL: its path with each `:param` filled in (encoded), then the query's non-empty values. */
export function restUrl<E extends RestEndpoint>(
  endpoint: E,
  params?: Record<string, string>,
  query?: Record<string, unknown>,
): string {
  const path = rest[endpoint].path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${endpoint} needs :${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
