import type { Message } from '@pst/protocol';
import { placeholders, type Translate } from './translator.ts';

/**
 * A system message in the reader's language, from its `event` and `params`: the catalogue's
 * `<prefix><event>` filled from `params`, or `<prefix><event>.fallback` (the wording without them) when a
 * param it names is missing or empty. A message whose event the catalogue does not know keeps its `text`.
 */
export function systemMessageText<K extends string>(
  t: Translate<K>,
  prefix: string,
  message: Pick<Message, 'event' | 'params' | 'text'>,
): string {
  if (!message.event) return message.text;
  const key = `${prefix}${message.event}`;
  if (!t.has(key)) return message.text;
  const params = message.params ?? {};
  if (placeholders(t(key)).every((name) => params[name])) return t(key, params);
  const fallback = `${key}.fallback`;
  return t.has(fallback) ? t(fallback) : message.text;
}
