import type { Choice } from '../domain/chat-channels/chat-texts.ts';

/** An error answer of the Cloud API: its `error.code` (e.g. 131047: outside the 24-hour window) and message. */
export class WhatsappApiError extends Error {
  override name = 'WhatsappApiError';
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The WhatsApp Cloud API calls the adapter makes: a small fetch client (Meta's Node SDK is unmaintained). */
export interface WhatsappClient {
  /** The number's details; fails when the access token or phone number id is refused. */
  phoneNumber(): Promise<{ displayPhoneNumber?: string }>;
  /** Resolves with the sent message's id (wamid). */
  sendText(to: string, text: string): Promise<string>;
  /** Up to 3 choices as reply buttons, more as a list. */
  sendChoices(to: string, text: string, choices: Choice[]): Promise<string>;
  sendTemplate(to: string, template: { name: string; language: string }): Promise<string>;
  /** Uploads the file to the number's media, then sends it as a document. */
  sendFile(to: string, name: string, content: Buffer, mimeType: string): Promise<string>;
  markRead(messageId: string): Promise<void>;
  /** A media file a sender sent, by its media id: downloaded at once (media ids and their URLs expire). */
  downloadMedia(mediaId: string, maxBytes: number): Promise<{ content: Buffer; mimeType: string }>;
}

/** `baseUrl` is the Graph API with its version, e.g. https://graph.facebook.com/v21.0. */
export function whatsappClient(baseUrl: string, phoneNumberId: string, accessToken: string): WhatsappClient {
  // The token goes in the Authorization header, never in a URL.
  const headers = { authorization: `Bearer ${accessToken}` };
  async function call<T>(path: string, init: { method?: string; body?: unknown; form?: FormData } = {}): Promise<T> {
    const response = await fetch(`${baseUrl}/${path}`, {
      method: init.method ?? 'GET',
      headers: { ...headers, ...(init.body ? { 'content-type': 'application/json' } : {}) },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
      ...(init.form ? { body: init.form } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const answer = (await response.json().catch(() => ({}))) as { error?: { code?: number; message?: string } };
    if (!response.ok || answer.error) {
      throw new WhatsappApiError(
        response.status,
        answer.error?.code,
        `${answer.error?.code ?? response.status}: ${answer.error?.message ?? response.statusText}`,
      );
    }
    return answer as T;
  }
  const send = async (to: string, message: Record<string, unknown>) => {
    const answer = await call<{ messages?: { id: string }[] }>(`${phoneNumberId}/messages`, {
      method: 'POST',
      body: { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...message },
    });
    return answer.messages?.[0]?.id ?? '';
  };
  return {
    phoneNumber: async () => {
      const answer = await call<{ display_phone_number?: string }>(`${phoneNumberId}?fields=display_phone_number`);
      return answer.display_phone_number ? { displayPhoneNumber: answer.display_phone_number } : {};
    },
    sendText: (to, text) => send(to, { type: 'text', text: { body: text, preview_url: false } }),
    sendChoices: (to, text, choices) =>
      send(to, {
        type: 'interactive',
        interactive:
          choices.length <= 3
            ? {
                type: 'button',
                body: { text },
                action: {
                  buttons: choices.map((c) => ({ type: 'reply', reply: { id: c.id, title: c.label.slice(0, 20) } })),
                },
              }
            : {
                type: 'list',
                body: { text },
                action: {
                  button: 'Pilih / Choose',
                  sections: [
                    { title: 'Pilihan', rows: choices.map((c) => ({ id: c.id, title: c.label.slice(0, 24) })) },
                  ],
                },
              },
      }),
    sendTemplate: (to, template) =>
      send(to, { type: 'template', template: { name: template.name, language: { code: template.language } } }),
    sendFile: async (to, name, content, mimeType) => {
      const form = new FormData();
      form.set('messaging_product', 'whatsapp');
      form.set('type', mimeType);
      form.set('file', new Blob([new Uint8Array(content)], { type: mimeType }), name);
      const media = await call<{ id: string }>(`${phoneNumberId}/media`, { method: 'POST', form });
      return send(to, { type: 'document', document: { id: media.id, filename: name } });
    },
    markRead: async (messageId) => {
      await call(`${phoneNumberId}/messages`, {
        method: 'POST',
        body: { messaging_product: 'whatsapp', status: 'read', message_id: messageId },
      });
    },
    downloadMedia: async (mediaId, maxBytes) => {
      const media = await call<{ url: string; mime_type: string; file_size?: number }>(encodeURIComponent(mediaId));
      if ((media.file_size ?? 0) > maxBytes) throw new Error('the file is larger than allowed');
      const response = await fetch(media.url, { headers, signal: AbortSignal.timeout(60_000) });
      if (!response.ok)
        throw new WhatsappApiError(response.status, undefined, `media download: HTTP ${response.status}`);
      return { content: Buffer.from(await response.arrayBuffer()), mimeType: media.mime_type };
    },
  };
}
