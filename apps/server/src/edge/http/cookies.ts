import type { AppSettings } from '../../domain/context.ts';

/** The officer's session cookie: an opaque random token, HttpOnly, never readable by scripts. */
export const SESSION_COOKIE = 'pst_session';

/**
 * The cookies of a `Cookie` header, by name. The first of two cookies with
 * one name wins (the browser sends the most specific path first); a value
 * that is not valid percent-encoding is kept as sent.
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null);
  if (!header) return cookies;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const name = pair.slice(0, eq).trim();
    if (!name || name in cookies) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

function attributes(settings: Pick<AppSettings, 'env'>, maxAgeSeconds: number): string {
  const secure = settings.env === 'production' ? '; Secure' : '';
  return `Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/** The `Set-Cookie` value that stores a session token (base64url: no encoding needed). */
export function sessionCookie(settings: Pick<AppSettings, 'env' | 'sessionTtlMs'>, token: string): string {
  return `${SESSION_COOKIE}=${token}; ${attributes(settings, Math.floor(settings.sessionTtlMs / 1000))}`;
}

/** The `Set-Cookie` value that makes the browser drop the session cookie. */
export function clearedSessionCookie(settings: Pick<AppSettings, 'env'>): string {
  return `${SESSION_COOKIE}=; ${attributes(settings, 0)}; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}
