// A local Telegram Bot API server for tests (there is no internet here): the methods the adapter calls, with
// the request and response shapes, errors and webhook delivery that https://core.telegram.org/bots/api
// specifies. It stands for Telegram only; the app under test talks to it by its base URL.

import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { onTestFinished } from 'vitest';
import { parseMultipart } from './multipart.ts';

export interface TelegramUser {
  id: number;
  first_name: string;
  username?: string;
}

/** A message the bot sent, as Telegram stored it. */
export interface SentMessage {
  message_id: number;
  chat: { id: number; type: 'private' };
  text: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
  /** A document the bot sent, with the bytes it uploaded. */
  document?: { file_name: string; bytes: Buffer };
}

interface Bot {
  id: number;
  username: string;
  webhook?: { url: string; secretToken?: string };
  pending: Update[];
  nextUpdateId: number;
  nextMessageId: number;
  sent: SentMessage[];
  chatActions: { chat_id: string; action: string }[];
  callbackAnswers: string[];
  chats: Set<number>;
}

type Update = { update_id: number } & Record<string, unknown>;

const fail = (res: express.Response, code: number, description: string) =>
  res.status(code).json({ ok: false, error_code: code, description });

export interface FakeTelegram {
  /** The Bot API root to give the app (its `apiRoot`). */
  url: string;
  /** Registers a bot: `${id}:<secret>` is its token. */
  addBot(username: string): { token: string; id: number };
  webhookOf(token: string): { url: string; secretToken?: string } | undefined;
  /** What the bot sent, oldest first. */
  sent(token: string): SentMessage[];
  chatActions(token: string): { chat_id: string; action: string }[];
  /** A user writes to the bot: delivered to the webhook (when set) or kept for getUpdates. */
  userSends(
    token: string,
    user: TelegramUser,
    content: { text?: string; document?: { name: string; bytes: Buffer } },
  ): Promise<{ update: Update; status?: number }>;
  /** A user taps an inline keyboard button of a message the bot sent. */
  userTaps(
    token: string,
    user: TelegramUser,
    message: SentMessage,
    data: string,
  ): Promise<{ update: Update; status?: number }>;
  /** Posts an update to the webhook as Telegram does (again, for a retry), with the given secret header. */
  post(token: string, update: Update, secretToken?: string | null): Promise<number>;
  /** Waits until the bot has sent a message matching `matches`, and returns it. */
  waitForSent(token: string, matches: (message: SentMessage) => boolean, timeoutMs?: number): Promise<SentMessage>;
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const bots = new Map<string, Bot>();
  const files = new Map<string, { path: string; bytes: Buffer }>();
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  app.use(express.urlencoded({ extended: false }));
  app.use(express.raw({ type: 'multipart/form-data', limit: '60mb' }));

  const methods: Record<string, (bot: Bot, params: Record<string, unknown>, res: express.Response) => void> = {
    getMe: (bot, _params, res) =>
      res.json({ ok: true, result: { id: bot.id, is_bot: true, first_name: bot.username, username: bot.username } }),
    setWebhook: (bot, params, res) => {
      const url = String(params.url ?? '');
      const secretToken = params.secret_token === undefined ? undefined : String(params.secret_token);
      if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
        return fail(res, 400, 'Bad Request: secret token contains unallowed characters');
      }
      if (!url) {
        delete bot.webhook;
        return res.json({ ok: true, result: true, description: 'Webhook was deleted' });
      }
      if (!/^https?:\/\//.test(url))
        return fail(res, 400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
      bot.webhook = { url, ...(secretToken ? { secretToken } : {}) };
      res.json({ ok: true, result: true, description: 'Webhook was set' });
    },
    deleteWebhook: (bot, _params, res) => {
      delete bot.webhook;
      res.json({ ok: true, result: true, description: 'Webhook was deleted' });
    },
    getUpdates: (bot, params, res) => {
      if (bot.webhook) {
        return fail(
          res,
          409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        );
      }
      const offset = Number(params.offset ?? 0);
      // An offset confirms every update before it: they are never returned again.
      bot.pending = bot.pending.filter((update) => update.update_id >= offset);
      res.json({ ok: true, result: bot.pending.slice(0, Number(params.limit ?? 100)) });
    },
    sendMessage: (bot, params, res) => {
      const chatId = Number(params.chat_id);
      const text = String(params.text ?? '');
      if (!text.trim()) return fail(res, 400, 'Bad Request: message text is empty');
      if (text.length > 4096) return fail(res, 400, 'Bad Request: message is too long');
      if (!bot.chats.has(chatId)) return fail(res, 400, 'Bad Request: chat not found');
      const markup = typeof params.reply_markup === 'string' ? JSON.parse(params.reply_markup) : params.reply_markup;
      for (const row of markup?.inline_keyboard ?? []) {
        for (const button of row) {
          if (Buffer.byteLength(String(button.callback_data ?? '')) > 64)
            return fail(res, 400, 'Bad Request: BUTTON_DATA_INVALID');
        }
      }
      const message: SentMessage = {
        message_id: bot.nextMessageId++,
        chat: { id: chatId, type: 'private' },
        text,
        ...(markup ? { reply_markup: markup } : {}),
      };
      bot.sent.push(message);
      res.json({
        ok: true,
        result: { ...message, from: { id: bot.id, is_bot: true, first_name: bot.username }, date: 0 },
      });
    },
    sendDocument: (bot, params, res) => {
      const chatId = Number(params.chat_id);
      if (!bot.chats.has(chatId)) return fail(res, 400, 'Bad Request: chat not found');
      const attached = /^attach:\/\/(.+)$/.exec(String(params.document ?? ''))?.[1];
      const upload = attached
        ? (params[`file:${attached}`] as { filename?: string; content: Buffer } | undefined)
        : undefined;
      if (!upload) return fail(res, 400, 'Bad Request: there is no document in the request');
      const message: SentMessage = {
        message_id: bot.nextMessageId++,
        chat: { id: chatId, type: 'private' },
        text: '',
        document: { file_name: upload.filename ?? 'document', bytes: upload.content },
      };
      bot.sent.push(message);
      const { bytes, ...document } = message.document ?? { file_name: '', bytes: Buffer.alloc(0) };
      res.json({
        ok: true,
        result: {
          ...message,
          document: { ...document, file_id: `BQAD${message.message_id}`, file_size: bytes.length },
        },
      });
    },
    sendChatAction: (bot, params, res) => {
      bot.chatActions.push({ chat_id: String(params.chat_id), action: String(params.action) });
      res.json({ ok: true, result: true });
    },
    answerCallbackQuery: (bot, params, res) => {
      bot.callbackAnswers.push(String(params.callback_query_id));
      res.json({ ok: true, result: true });
    },
    getFile: (_bot, params, res) => {
      const file = files.get(String(params.file_id));
      if (!file) return fail(res, 400, 'Bad Request: invalid file_id');
      res.json({
        ok: true,
        result: {
          file_id: params.file_id,
          file_unique_id: params.file_id,
          file_size: file.bytes.length,
          file_path: file.path,
        },
      });
    },
  };

  app.all('/bot:token/:method', (req, res) => {
    const bot = bots.get(req.params.token);
    if (!bot) return fail(res, 401, 'Unauthorized');
    const method = methods[req.params.method];
    if (!method) return fail(res, 404, 'Not Found');
    const params: Record<string, unknown> = { ...req.query };
    if (Buffer.isBuffer(req.body)) {
      // Uploads: values as fields, each file under `file:<part name>` for its attach:// reference.
      for (const part of parseMultipart(req.body, req.get('content-type') ?? '')) {
        if (part.filename !== undefined) params[`file:${part.name}`] = part;
        else params[part.name] = part.content.toString('utf8');
      }
    } else Object.assign(params, req.body ?? {});
    method(bot, params, res);
  });
  app.get('/file/bot:token/*path', (req, res) => {
    if (!bots.has(req.params.token)) return fail(res, 401, 'Unauthorized');
    const path = ([] as string[]).concat(req.params.path).join('/');
    const file = [...files.values()].find((f) => f.path === path);
    if (!file) return fail(res, 404, 'Not Found');
    res.type('application/octet-stream').send(file.bytes);
  });

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const botOf = (token: string) => {
    const bot = bots.get(token);
    if (!bot) throw new Error('no such bot');
    return bot;
  };

  async function post(token: string, update: Update, secretToken?: string | null): Promise<number> {
    const bot = botOf(token);
    if (!bot.webhook) throw new Error('no webhook set');
    // A user who wrote to the bot can be written to.
    const chat = (update.message as { chat?: { id?: number } } | undefined)?.chat?.id;
    if (chat) bot.chats.add(chat);
    const secret = secretToken === undefined ? bot.webhook.secretToken : secretToken;
    const response = await fetch(bot.webhook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    return response.status;
  }

  async function deliver(token: string, body: Record<string, unknown>) {
    const bot = botOf(token);
    const update: Update = { update_id: bot.nextUpdateId++, ...body };
    if (!bot.webhook) {
      bot.pending.push(update);
      return { update };
    }
    return { update, status: await post(token, update) };
  }

  return {
    url,
    addBot(username) {
      const id = 7_000_000_000 + bots.size;
      const token = `${id}:${randomBytes(26).toString('base64url')}`;
      bots.set(token, {
        id,
        username,
        pending: [],
        nextUpdateId: 100_000,
        nextMessageId: 1,
        sent: [],
        chatActions: [],
        callbackAnswers: [],
        chats: new Set(),
      });
      return { token, id };
    },
    webhookOf: (token) => botOf(token).webhook,
    sent: (token) => botOf(token).sent,
    chatActions: (token) => botOf(token).chatActions,
    userSends(token, user, content) {
      const bot = botOf(token);
      bot.chats.add(user.id);
      const messageId = bot.nextMessageId++;
      let document: Record<string, unknown> | undefined;
      if (content.document) {
        const fileId = `BQAC${randomBytes(12).toString('hex')}`;
        files.set(fileId, { path: `documents/file_${files.size}.bin`, bytes: content.document.bytes });
        document = {
          file_id: fileId,
          file_unique_id: fileId.slice(4),
          file_name: content.document.name,
          file_size: content.document.bytes.length,
        };
      }
      return deliver(token, {
        message: {
          message_id: messageId,
          from: { ...user, is_bot: false, language_code: 'id' },
          chat: { id: user.id, type: 'private', first_name: user.first_name },
          date: Math.floor(Date.now() / 1000),
          ...(content.text && !document ? { text: content.text } : {}),
          ...(content.text && document ? { caption: content.text } : {}),
          ...(document ? { document } : {}),
        },
      });
    },
    userTaps(token, user, message, data) {
      return deliver(token, {
        callback_query: {
          id: randomBytes(8).toString('hex'),
          from: { ...user, is_bot: false },
          message: { ...message, date: 0 },
          chat_instance: '1',
          data,
        },
      });
    },
    post,
    async waitForSent(token, matches, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = botOf(token).sent.find(matches);
        if (found) return found;
        if (Date.now() > until) {
          throw new Error(
            `the bot sent nothing matching; it sent: ${botOf(token)
              .sent.map((m) => m.text.slice(0, 40))
              .join(' | ')}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
