import type { MessageKey } from './id.ts';

export const en: Record<MessageKey, string> = {
  'window.title': 'Statistical Consultation',
  'window.close': 'Close the chat window',
  'connection.connecting': 'Connecting…',
  'connection.online': 'Connected',
  'connection.reconnecting': 'Reconnecting…',
  'connection.offline': 'The service cannot be reached',
};
