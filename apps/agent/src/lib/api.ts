import type {
  CannedResponse,
  ConversationDetail,
  ConversationListQuery,
  ConversationPage,
  createCannedResponseSchema,
  createOfficerSchema,
  Message,
  OfficerSelf,
  PrivateNote,
  updateCannedResponseSchema,
  updateOfficerSchema,
} from '@pst/protocol';

/** What a zod schema of the protocol accepts (zod itself is the protocol's dependency, not ours). */
type SchemaInput<S extends { _zod: { input: unknown } }> = S['_zod']['input'];

/** An officer as supervisors manage them. */
export type ManagedOfficer = OfficerSelf & { disabled: boolean };

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

/** The REST endpoints the agent app uses, typed by the protocol; the session cookie rides along. */
export function createApi(options: ApiOptions = {}) {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function call<T>(method: string, path: string, body?: unknown, signIn = false): Promise<T> {
    let response: Response;
    try {
      response = await send(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiFailure('NETWORK', 0, 'The server could not be reached.');
    }
    if (response.status === 204) return undefined as T;
    const data = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    if (response.ok) return data as T;
    if (response.status === 401 && !signIn) options.onUnauthenticated?.();
    throw new ApiFailure(data.error?.code ?? 'INTERNAL', response.status, data.error?.message ?? response.statusText);
  }

  const canned = (code: string) => `/api/offices/${encodeURIComponent(code)}/canned-responses`;

  return {
    login: (email: string, password: string) => call<OfficerSelf>('POST', '/api/auth/login', { email, password }, true),
    logout: () => call<void>('POST', '/api/auth/logout'),
    /** The signed-in officer; `signIn` keeps a 401 from counting as an expired session. */
    me: () => call<OfficerSelf>('GET', '/api/auth/me', undefined, true),
    conversation: (id: string) =>
      call<{ conversation: ConversationDetail; messages: Message[] }>('GET', `/api/conversations/${id}`),
    conversations: (query: ConversationListQuery) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query))
        if (value !== undefined && value !== '') params.set(key, String(value));
      return call<ConversationPage>('GET', `/api/conversations?${params}`);
    },
    cannedResponses: (office: string) => call<CannedResponse[]>('GET', canned(office)),
    createCanned: (office: string, input: SchemaInput<typeof createCannedResponseSchema>) =>
      call<CannedResponse>('POST', canned(office), input),
    updateCanned: (office: string, id: string, input: SchemaInput<typeof updateCannedResponseSchema>) =>
      call<CannedResponse>('PATCH', `${canned(office)}/${id}`, input),
    deleteCanned: (office: string, id: string) => call<void>('DELETE', `${canned(office)}/${id}`),
    notes: (conversationId: string) => call<PrivateNote[]>('GET', `/api/conversations/${conversationId}/notes`),
    addNote: (conversationId: string, text: string) =>
      call<PrivateNote>('POST', `/api/conversations/${conversationId}/notes`, { text }),
    officers: (office: string) =>
      call<ManagedOfficer[]>('GET', `/api/admin/officers?office=${encodeURIComponent(office)}`),
    createOfficer: (input: SchemaInput<typeof createOfficerSchema>) =>
      call<ManagedOfficer>('POST', '/api/admin/officers', input),
    updateOfficer: (id: string, input: SchemaInput<typeof updateOfficerSchema>) =>
      call<ManagedOfficer>('PATCH', `/api/admin/officers/${id}`, input),
  };
}

export type Api = ReturnType<typeof createApi>;
