import { createTranslator, type Language, systemMessageText, type Translate as TranslateKeys } from '@pst/client';
import type { Message } from '@pst/protocol';
import { id, type MessageKey } from './id.ts';

export type { Language, MessageKey };
export type Translate = TranslateKeys<MessageKey>;

/**
 * The Indonesian translator, in the chat UI's first bytes. English is a chunk fetched on use (`loadTranslator`):
 * most visitors read Indonesian, and the catalogue is about 2 KB gzip of the 40 KB budget.
 */
export const indonesian: Translate = createTranslator<MessageKey>({ id, en: id })('id');

/** The translator for `lang`, fetching the English catalogue the first time it is asked for. */
export async function loadTranslator(lang: Language): Promise<Translate> {
  if (lang !== 'en') return indonesian;
  const { en } = await import('./en.ts');
  return createTranslator<MessageKey>({ id, en })('en');
}

/** A system message in the reader's language, from its event and params (`event.<name>` in the catalogue). */
export function systemText(t: Translate, message: Pick<Message, 'event' | 'params' | 'text'>): string {
  return systemMessageText(t, 'event.', message);
}
