import { type Language, languages } from '@pst/protocol/constants';

/** Values for a text's `{placeholders}`. */
export type Vars = Record<string, string | number>;

/** Looks a text up in one language's catalogue; `{name}` placeholders take `vars`. */
export interface Translate<K extends string> {
  (key: K, vars?: Vars): string;
  /** The language it reads, after any fallback. */
  readonly lang: Language;
  /** Whether the catalogue has `key`: for keys built at run time, such as `event.<name>`. */
  has(key: string): key is K;
}

/** Every language's catalogue with the same keys, so a missing text fails to compile. */
export type Catalogues<K extends string> = Record<Language, Record<K, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** `text` with each `{name}` replaced by `vars[name]`; a placeholder without a value stays as it is. */
export function fill(text: string, vars: Vars): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => String(vars[name] ?? whole));
}

/** The names of `text`'s placeholders, in order. */
export function placeholders(text: string): string[] {
  return (text.match(PLACEHOLDER) ?? []).map((placeholder) => placeholder.slice(1, -1));
}

/** Translators over an app's catalogues, one per language; an unknown language reads Indonesian. */
export function createTranslator<K extends string>(catalogues: Catalogues<K>): (lang: Language) => Translate<K> {
  return (lang) => {
    const known: Language = languages.includes(lang) ? lang : 'id';
    const catalogue = catalogues[known];
    const t = (key: K, vars?: Vars) => (vars ? fill(catalogue[key], vars) : catalogue[key]);
    // Every text is a string; what objects inherit (`toString` …) is not. Not `Object.hasOwn`: the chat UI is
    // built for ES2019 browsers.
    const has = (key: string): key is K => typeof (catalogue as Record<string, unknown>)[key] === 'string';
    return Object.assign(t, { lang: known, has });
  };
}
