import { createTranslator, type Language, systemMessageText, type Translate as TranslateKeys } from '@pst/client';
import type { Message } from '@pst/protocol';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type { Language, MessageKey };
/** Looks a text up; `{name}` placeholders take `vars`. `lang` says which catalogue it reads. */
export type Translate = TranslateKeys<MessageKey>;

/** A translator for one language over the agent app's catalogue; unknown languages fall back to Indonesian. */
export const translator: (lang: Language) => Translate = createTranslator<MessageKey>({ id, en });

/** A system message in the officer's language, from its event and params (`system.<name>` in the catalogue). */
export function systemText(t: Translate, message: Pick<Message, 'event' | 'params' | 'text'>): string {
  return systemMessageText(t, 'system.', message);
}
