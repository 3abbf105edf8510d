import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type { MessageKey };
export type Language = 'id' | 'en';
export type Translate = (key: MessageKey) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { id, en };

/** A translator for one language; unknown languages fall back to Indonesian. */
export function translator(lang: Language): Translate {
  const catalogue = catalogues[lang] ?? id;
  return (key) => catalogue[key];
}
