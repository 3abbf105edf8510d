import { Api, GrammyError, InputFile } from 'grammy';
import type { Choice } from '../domain/chat-channels/chat-texts.ts';

/** The Telegram Bot API calls the adapter makes, through grammY, against `apiRoot` (Telegram's or a test's). */
export interface TelegramClient {
  /** The bot's id and @username; fails when the token is refused. */
  getMe(): Promise<{ id: number; username: string }>;
  setWebhook(url: string, secretToken: string): Promise<void>;
  deleteWebhook(): Promise<void>;
  /** Sends text with optional buttons (an inline keyboard, one per row); resolves with Telegram's message id. */
  sendText(chatId: string, text: string, choices?: Choice[]): Promise<string>;
  /** Sends a file as a document (multipart upload); resolves with Telegram's message id. */
  sendFile(chatId: string, name: string, content: Buffer): Promise<string>;
  sendTyping(chatId: string): Promise<void>;
  answerCallback(callbackQueryId: string): Promise<void>;
  /** Updates from `offset` on (and confirms those before it); waits up to `timeoutSeconds` for one. */
  getUpdates(offset: number, timeoutSeconds: number): Promise<unknown[]>;
  /** A file a sender sent, by its file_id: downloaded at once (its download link expires after an hour). */
  downloadFile(fileId: string, maxBytes: number): Promise<Buffer>;
}

export function telegramClient(apiRoot: string, token: string): TelegramClient {
  const api = new Api(token, { apiRoot, timeoutSeconds: 30 });
  return {
    getMe: async () => {
      const me = await api.getMe();
      return { id: me.id, username: me.username };
    },
    setWebhook: async (url, secretToken) => {
      await api.setWebhook(url, { secret_token: secretToken, allowed_updates: ['message', 'callback_query'] });
    },
    deleteWebhook: async () => {
      await api.deleteWebhook();
    },
    sendText: async (chatId, text, choices) => {
      const sent = await api.sendMessage(chatId, text, {
        ...(choices?.length
          ? { reply_markup: { inline_keyboard: choices.map((c) => [{ text: c.label, callback_data: c.id }]) } }
          : {}),
      });
      return String(sent.message_id);
    },
    sendFile: async (chatId, name, content) => {
      const sent = await api.sendDocument(chatId, new InputFile(content, name));
      return String(sent.message_id);
    },
    sendTyping: async (chatId) => {
      await api.sendChatAction(chatId, 'typing');
    },
    answerCallback: async (callbackQueryId) => {
      await api.answerCallbackQuery(callbackQueryId);
    },
    getUpdates: (offset, timeoutSeconds) =>
      api.getUpdates({ offset, timeout: timeoutSeconds, allowed_updates: ['message', 'callback_query'] }),
    downloadFile: async (fileId, maxBytes) => {
      const file = await api.getFile(fileId);
      if (!file.file_path) throw new Error('Telegram gave no file path');
      if ((file.file_size ?? 0) > maxBytes) throw new Error('the file is larger than allowed');
      // The token is part of Telegram's download path: this URL is never logged.
      const response = await fetch(`${apiRoot}/file/bot${token}/${file.file_path}`);
      if (!response.ok) throw new Error(`Telegram file download failed: HTTP ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
  };
}

/** An error of a Telegram call as staff may see it: Telegram's own description, never the token. */
export function describeTelegramError(error: unknown, token: string): string {
  const text =
    error instanceof GrammyError
      ? `${error.error_code}: ${error.description}`
      : String((error as Error)?.message ?? error);
  return token ? text.replaceAll(token, '[token]') : text;
}
