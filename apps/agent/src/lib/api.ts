import {
  type ManagedOfficer,
  type RestBody,
  type RestEndpoint,
  type RestQuery,
  type RestResponse,
  rest,
  restUrl,
} from '@pst/protocol/rest';

export type { ManagedOfficer };

/** A failed call: the server's error code (or NETWORK when it was not reached) and HTTP status. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export interface ApiOptions {
  fetch?: typeof fetch;
  /** Called on a 401 from anything but the login itself: the session is gone. */
  onUnauthenticated?: () => void;
}

/**
 * The REST endpoints the agent app uses, with method, path and types from the
 * protocol's contract (`@pst/protocol/rest`); the session cookie rides along.
 */
export function createApi(options: ApiOptions = {}) {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function call<E extends RestEndpoint>(
    endpoint: E,
    url: string,
    body?: RestBody<E>,
    signIn = false,
  ): Promise<RestResponse<E>> {
    let response: Response;
    try {
      response = await send(url, {
        method: rest[endpoint].method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiFailure('NETWORK', 0, 'The server could not be reached.');
    }
    if (response.status === 204) return undefined as RestResponse<E>;
    const data = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    if (response.ok) return data as RestResponse<E>;
    if (response.status === 401 && !signIn) options.onUnauthenticated?.();
    throw new ApiFailure(data.error?.code ?? 'INTERNAL', response.status, data.error?.message ?? response.statusText);
  }

  return {
    login: (email: string, password: string) => call('login', restUrl('login'), { email, password }, true),
    logout: () => call('logout', restUrl('logout')),
    /** The signed-in officer; `signIn` keeps a 401 from counting as an expired session. */
    me: () => call('me', restUrl('me'), undefined, true),
    conversation: (id: string) => call('getConversation', restUrl('getConversation', { id })),
    conversations: (query: RestQuery<'listConversations'>) =>
      call('listConversations', restUrl('listConversations', {}, query)),
    cannedResponses: (code: string) => call('listCanned', restUrl('listCanned', { code })),
    createCanned: (code: string, input: RestBody<'createCanned'>) =>
      call('createCanned', restUrl('createCanned', { code }), input),
    updateCanned: (code: string, id: string, input: RestBody<'updateCanned'>) =>
      call('updateCanned', restUrl('updateCanned', { code, id }), input),
    deleteCanned: (code: string, id: string) => call('deleteCanned', restUrl('deleteCanned', { code, id })),
    notes: (id: string) => call('listNotes', restUrl('listNotes', { id })),
    addNote: (id: string, text: string) => call('addNote', restUrl('addNote', { id }), { text }),
    completeGuestBook: (id: string, input: RestBody<'completeGuestBook'>) =>
      call('completeGuestBook', restUrl('completeGuestBook', { id }), input),
    officers: (office: string) => call('listOfficers', restUrl('listOfficers', {}, { office })),
    createOfficer: (input: RestBody<'createOfficer'>) => call('createOfficer', restUrl('createOfficer'), input),
    updateOfficer: (id: string, input: RestBody<'updateOfficer'>) =>
      call('updateOfficer', restUrl('updateOfficer', { id }), input),
    /** A monthly or yearly evaluation report (supervisors: their offices; admins: any or `all`). */
    report: (query: RestQuery<'getReport'>) => call('getReport', restUrl('getReport', {}, query)),
    /** Where the browser downloads an export (the session cookie rides along). */
    reportExportUrl: (query: RestQuery<'exportReport'>) => restUrl('exportReport', {}, query),
    /** The offices whose settings the officer may change: a supervisor's own, every office for admins. */
    offices: () => call('listOffices', restUrl('listOffices')),
    updateOffice: (code: string, input: RestBody<'updateOffice'>) =>
      call('updateOffice', restUrl('updateOffice', { code }), input),
    officeAudit: (code: string) => call('officeAudit', restUrl('officeAudit', { code })),
    dataRequests: (code: string) => call('listDataRequests', restUrl('listDataRequests', { code })),
    expiringNext: (code: string) => call('expiringNext', restUrl('expiringNext', { code })),
    completeDataRequest: (id: string) => call('completeDataRequest', restUrl('completeDataRequest', { id }), {}),
    mailbox: (code: string) => call('getMailbox', restUrl('getMailbox', { code })),
    setMailbox: (code: string, input: RestBody<'setMailbox'>) =>
      call('setMailbox', restUrl('setMailbox', { code }), input),
    deleteMailbox: (code: string) => call('deleteMailbox', restUrl('deleteMailbox', { code })),
    chatChannels: (code: string) => call('listChatChannels', restUrl('listChatChannels', { code })),
    connectTelegram: (code: string, input: RestBody<'connectTelegram'>) =>
      call('connectTelegram', restUrl('connectTelegram', { code }), input),
    connectWhatsapp: (code: string, input: RestBody<'connectWhatsapp'>) =>
      call('connectWhatsapp', restUrl('connectWhatsapp', { code }), input),
    disconnectChatChannel: (code: string, channel: 'telegram' | 'whatsapp') =>
      call('disconnectChatChannel', restUrl('disconnectChatChannel', { code, channel })),
    /** The approved WhatsApp template, once the 24-hour window has closed. */
    sendTemplate: (id: string) => call('sendTemplate', restUrl('sendTemplate', { id })),
    checkOrigin: (code: string, url: string) => call('checkOrigin', restUrl('checkOrigin', { code }, { url })),
  };
}

export type Api = ReturnType<typeof createApi>;
