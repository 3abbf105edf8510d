import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type { MessageKey };
export type Language = 'id' | 'en';
/** Values for a message's `{placeholders}`. */
export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { id, en };

/** A translator for one language; unknown languages fall back to Indonesian. */
export function translator(lang: Language): Translate {
  const catalogue = catalogues[lang] ?? id;
  return (key, vars) => {
    const text = catalogue[key];
    return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : text;
  };
}
