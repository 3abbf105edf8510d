// The messages the chat iframe and the host-page loader exchange. Both ends
// check the sender's origin and then parse what they receive: anything that
// is not exactly one of these shapes is dropped.

import type { Language } from '@pst/protocol/constants';

export type { Language };

/** From the iframe to the loader. */
export type FrameToHost = { type: 'ready' } | { type: 'close' } | { type: 'unread'; count: number };

/** From the loader to the iframe. `close` tells the UI it is minimised (for unread counting). */
export type HostToFrame = { type: 'open' } | { type: 'close' } | { type: 'setLanguage'; lang: Language };

interface Loose {
  type?: unknown;
  count?: unknown;
  lang?: unknown;
}

/**
 * Whether the iframe's message is exactly one of its shapes (other keys are
 * never read). A guard rather than a parser that copies: the loader is
 * counted in bytes. `Object(data)` turns null, strings and numbers into
 * objects without these keys.
 */
export function isFrameToHost(data: unknown): data is FrameToHost {
  const { type, count } = Object(data) as Loose;
  // `>>> 0` keeps only whole numbers from 0 to 2^32 - 1.
  return type === 'ready' || type === 'close' || (type === 'unread' && count === (count as number) >>> 0);
}

export function parseHostToFrame(data: unknown): HostToFrame | undefined {
  const { type, lang } = Object(data) as Loose;
  if (type === 'open' || type === 'close') return { type };
  if (type === 'setLanguage' && (lang === 'id' || lang === 'en')) return { type, lang };
  return undefined;
}
