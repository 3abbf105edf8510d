import { createTranslator, type Language, systemMessageText, type Translate as TranslateKeys } from '@pst/client';
import type { Message } from '@pst/protocol';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type { Language, MessageKey };
export type Translate = TranslateKeys<MessageKey>;

/** A translator for one language over the widget's catalogue; unknown languages fall back to Indonesian. */
export const translator: (lang: Language) => Translate = createTranslator<MessageKey>({ id, en });

/** A system message in the reader's language, from its event and params (`event.<name>` in the catalogue). */
export function systemText(t: Translate, message: Pick<Message, 'event' | 'params' | 'text'>): string {
  return systemMessageText(t, 'event.', message);
}
