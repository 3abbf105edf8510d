import type { OriginVerdict } from '@pst/protocol';
import type { AppSettings } from '../domain/context.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a browser page whose `Origin` is `origin` may embed an office's
 * chat: the one rule the `/visitor` handshake, the widget's office info and
 * the settings screen's check all apply. An origin matches exactly (scheme,
 * host and port, as browsers send it): one of the office's allowed origins,
 * or the chat server's own; outside production, localhost too.
 */
export function embedVerdict(
  settings: Pick<AppSettings, 'env' | 'publicOrigins'>,
  allowedOrigins: readonly string[],
  origin: string,
): Exclude<OriginVerdict, 'invalid'> {
  if (allowedOrigins.includes(origin)) return 'listed';
  if (settings.publicOrigins.includes(origin)) return 'ours';
  if (settings.env !== 'production' && isLocal(origin)) return 'local';
  return 'not_listed';
}

export const embedAccepted = (verdict: OriginVerdict) => verdict !== 'not_listed' && verdict !== 'invalid';

function isLocal(origin: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/** The origin a browser on this page would send, or undefined when the text is no http(s) URL. */
export function pageOrigin(pageUrl: string): string | undefined {
  try {
    const url = new URL(pageUrl.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
