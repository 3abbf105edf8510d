import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type { MessageKey };
export type Language = 'id' | 'en';

/** Looks a text up; `{name}` placeholders take `vars`. `lang` says which catalogue it reads. */
export interface Translate {
  (key: MessageKey, vars?: Record<string, string | number>): string;
  readonly lang: Language;
}

const catalogues: Record<Language, Record<MessageKey, string>> = { id, en };

/** A translator for one language; unknown languages fall back to Indonesian. */
export function translator(lang: Language): Translate {
  const known: Language = lang in catalogues ? lang : 'id';
  const catalogue = catalogues[known];
  const t = (key: MessageKey, vars?: Record<string, string | number>) => {
    const text = catalogue[key];
    return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : text;
  };
  return Object.assign(t, { lang: known });
}
