// A local WhatsApp Cloud API for tests (there is no internet here): the Graph API calls the adapter makes,
// with the shapes, errors (OAuthException 190, 131047 outside the 24-hour window, 132001 unknown template)
// and the signed webhooks (X-Hub-Signature-256) that Meta's documentation specifies. It stands for Meta only.

import { createHmac, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { onTestFinished } from 'vitest';
import { parseMultipart } from './multipart.ts';

/** A message the business sent, as the API took it. */
export interface SentWhatsapp {
  id: string;
  to: string;
  type: string;
  text?: { body: string };
  interactive?: {
    type: 'button' | 'list';
    body: { text: string };
    action: {
      buttons?: { reply: { id: string; title: string } }[];
      sections?: { rows: { id: string; title: string }[] }[];
    };
  };
  template?: { name: string; language: { code: string } };
  document?: { id: string; filename?: string };
}

export interface FakeWhatsapp {
  /** The Graph API base to give the app, with its version. */
  url: string;
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  sent(): SentWhatsapp[];
  /** A media file the business uploaded, by its media id. */
  uploaded(mediaId: string): { bytes: Buffer; mime: string } | undefined;
  readMarks(): string[];
  /** Where Meta posts this number's webhooks, after the office set it up in Meta's dashboard. */
  subscribe(webhookUrl: string): void;
  /** Meta's verification GET: resolves with the status and the body the webhook answered. */
  verify(verifyToken: string, challenge?: string): Promise<{ status: number; body: string }>;
  /** A user writes: text, a tapped reply button / list row, or an image (kept as media to download). */
  userSends(
    waId: string,
    content: { text?: string; reply?: { id: string; title: string }; image?: Buffer; name?: string },
  ): Promise<{ status: number; body: string; messageId: string }>;
  /** Posts a body to the webhook signed with `secret` (the app secret unless given; null: no signature). */
  postSigned(body: string, secret?: string | null): Promise<number>;
  waitForSent(matches: (message: SentWhatsapp) => boolean, timeoutMs?: number): Promise<SentWhatsapp>;
}

const graphError = (res: express.Response, status: number, code: number, message: string, type = 'OAuthException') =>
  res.status(status).json({ error: { message, type, code, fbtrace_id: randomBytes(8).toString('hex') } });

/**
 * `now` is the test's clock: the 24-hour window is counted from each user's last message by it, as Meta does
 * by its own. `templates` are the approved template names.
 */
export async function startFakeWhatsapp(now: () => Date, templates = ['jawaban_siap']): Promise<FakeWhatsapp> {
  const phoneNumberId = '106540352242922';
  const accessToken = `EAAG${randomBytes(40).toString('hex')}`;
  const appSecret = randomBytes(16).toString('hex');
  const sent: SentWhatsapp[] = [];
  const readMarks: string[] = [];
  const lastUserMessage = new Map<string, number>();
  const media = new Map<string, { bytes: Buffer; mime: string }>();
  let webhookUrl: string | undefined;

  const app = express();
  app.use(express.json({ limit: '5mb' }));
  app.use(express.raw({ type: 'multipart/form-data', limit: '110mb' }));
  const authorised = (req: express.Request, res: express.Response) => {
    if (req.get('authorization') === `Bearer ${accessToken}`) return true;
    graphError(res, 401, 190, 'Invalid OAuth access token - Cannot parse access token');
    return false;
  };

  app.get('/v21.0/:id', (req, res) => {
    if (!authorised(req, res)) return;
    if (req.params.id === phoneNumberId) {
      return res.json({
        display_phone_number: '+62 362 21000',
        verified_name: 'BPS Kabupaten Buleleng',
        id: phoneNumberId,
      });
    }
    const file = media.get(req.params.id);
    if (!file) return graphError(res, 400, 100, 'Unsupported get request.', 'GraphMethodException');
    res.json({
      messaging_product: 'whatsapp',
      url: `${url}/media-download/${req.params.id}`,
      mime_type: file.mime,
      sha256: createHmac('sha256', '').update(file.bytes).digest('hex'),
      file_size: file.bytes.length,
      id: req.params.id,
    });
  });
  app.get('/media-download/:id', (req, res) => {
    if (!authorised(req, res)) return;
    const file = media.get(req.params.id);
    if (!file) return res.status(404).end();
    res.type(file.mime).send(file.bytes);
  });
  app.post('/v21.0/:id/media', (req, res) => {
    if (!authorised(req, res)) return;
    if (req.params.id !== phoneNumberId) return graphError(res, 400, 100, 'Invalid parameter', 'GraphMethodException');
    const parts = Buffer.isBuffer(req.body) ? parseMultipart(req.body, req.get('content-type') ?? '') : [];
    const field = (name: string) => parts.find((part) => part.name === name);
    const file = field('file');
    if (field('messaging_product')?.content.toString() !== 'whatsapp' || !file) {
      return graphError(res, 400, 100, '(#100) The parameter messaging_product is required.');
    }
    const id = String(2_000_000_000_000 + media.size);
    media.set(id, { bytes: file.content, mime: field('type')?.content.toString() ?? 'application/octet-stream' });
    res.json({ id });
  });
  app.post('/v21.0/:id/messages', (req, res) => {
    if (!authorised(req, res)) return;
    if (req.params.id !== phoneNumberId) return graphError(res, 400, 100, 'Invalid parameter', 'GraphMethodException');
    const body = req.body as Record<string, unknown> & SentWhatsapp & { messaging_product?: string; status?: string };
    if (body.messaging_product !== 'whatsapp') return graphError(res, 400, 100, '(#100) Invalid parameter');
    if (body.status === 'read') {
      readMarks.push(String(body.message_id));
      return res.json({ success: true });
    }
    const to = String(body.to ?? '');
    if (!/^\d{5,20}$/.test(to)) return graphError(res, 400, 100, '(#100) Invalid parameter');
    if (body.type === 'template') {
      if (!templates.includes(body.template?.name ?? '')) {
        return graphError(res, 404, 132001, 'Template name does not exist in the translation');
      }
    } else {
      // Outside the customer-service window only a template may be sent.
      const last = lastUserMessage.get(to);
      if (last === undefined || now().getTime() - last >= 24 * 60 * 60 * 1000) {
        return graphError(res, 400, 131047, 'Re-engagement message', 'OAuthException');
      }
      if (body.type === 'text' && !body.text?.body)
        return graphError(res, 400, 100, '(#100) Param text[body] is required');
      if (body.type === 'document' && !media.has(body.document?.id ?? '')) {
        return graphError(res, 400, 131053, 'Media upload error', 'OAuthException');
      }
    }
    const id = `wamid.${randomBytes(18).toString('base64url')}`;
    sent.push({ ...body, id });
    res.json({ messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id }] });
  });

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function postSigned(body: string, secret: string | null = appSecret): Promise<number> {
    if (!webhookUrl) throw new Error('no webhook subscribed');
    const signature = secret ? `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` : undefined;
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  }

  return {
    url: `${url}/v21.0`,
    phoneNumberId,
    accessToken,
    appSecret,
    sent: () => sent,
    uploaded: (mediaId) => media.get(mediaId),
    readMarks: () => readMarks,
    subscribe(target) {
      webhookUrl = target;
    },
    async verify(verifyToken, challenge = String(Math.floor(Math.random() * 1e9))) {
      if (!webhookUrl) throw new Error('no webhook subscribed');
      const query = new URLSearchParams({
        'hub.mode': 'subscribe',
        'hub.verify_token': verifyToken,
        'hub.challenge': challenge,
      });
      const response = await fetch(`${webhookUrl}?${query}`);
      return { status: response.status, body: await response.text() };
    },
    async userSends(waId, content) {
      const messageId = `wamid.${randomBytes(18).toString('base64url')}`;
      const timestamp = String(Math.floor(now().getTime() / 1000));
      let message: Record<string, unknown> = {
        from: waId,
        id: messageId,
        timestamp,
        type: 'text',
        text: { body: content.text ?? '' },
      };
      if (content.reply) {
        const type =
          content.reply.id.startsWith('rate:') || content.reply.id.startsWith('purpose:')
            ? 'list_reply'
            : 'button_reply';
        message = {
          from: waId,
          id: messageId,
          timestamp,
          type: 'interactive',
          interactive: { type, [type]: content.reply },
        };
      }
      if (content.image) {
        const mediaId = String(1_000_000_000_000 + media.size);
        media.set(mediaId, { bytes: content.image, mime: 'image/png' });
        message = {
          from: waId,
          id: messageId,
          timestamp,
          type: 'image',
          image: {
            id: mediaId,
            mime_type: 'image/png',
            sha256: 'x',
            ...(content.text ? { caption: content.text } : {}),
          },
        };
      }
      lastUserMessage.set(waId, now().getTime());
      const body = JSON.stringify({
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '102290129340398',
            changes: [
              {
                field: 'messages',
                value: {
                  messaging_product: 'whatsapp',
                  metadata: { display_phone_number: '6236221000', phone_number_id: phoneNumberId },
                  contacts: [{ profile: { name: 'Pengguna' }, wa_id: waId }],
                  messages: [message],
                },
              },
            ],
          },
        ],
      });
      const status = await postSigned(body);
      return { status, body, messageId };
    },
    postSigned,
    async waitForSent(matches, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = sent.find(matches);
        if (found) return found;
        if (Date.now() > until)
          throw new Error(`nothing matching was sent; sent: ${JSON.stringify(sent).slice(0, 500)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

/** The text of a sent message, whatever its type. */
export const textOf = (message: SentWhatsapp) =>
  message.text?.body ?? message.interactive?.body.text ?? `template:${message.template?.name}`;

/** The ids of a sent message's buttons or list rows. */
export const choicesOf = (message: SentWhatsapp) =>
  message.interactive?.action.buttons?.map((b) => b.reply.id) ??
  message.interactive?.action.sections?.flatMap((s) => s.rows.map((r) => r.id)) ??
  [];
