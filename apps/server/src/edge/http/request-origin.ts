import type { IncomingHttpHeaders } from 'node:http';
import type { AppSettings } from '../../domain/context.ts';

/**
 * Where a request says it comes from:
 * - `ours`: its `Origin` is exactly one of the server's own origins (scheme,
 *   host and port; browsers send it normalised, as `publicOrigins` is stored),
 *   or it has no `Origin` and the browser marked it `Sec-Fetch-Site: same-origin`
 *   (browsers omit `Origin` on same-origin GETs, such as Socket.IO's first
 *   long-polling request);
 * - `foreign`: any other `Origin` (`null` included), or a `Sec-Fetch-Site` of
 *   `same-site` (another port of this host), `cross-site` or `none`;
 * - `unstated`: neither header, which no current browser does on a cross-origin
 *   or state-changing request: curl, the CLI, server-to-server calls.
 * Both headers are set by the browser and cannot be forged by a page.
 */
export type RequestOrigin = 'ours' | 'foreign' | 'unstated';

export function requestOrigin(settings: AppSettings, headers: IncomingHttpHeaders): RequestOrigin {
  const { origin } = headers;
  if (origin !== undefined) return settings.publicOrigins.includes(origin) ? 'ours' : 'foreign';
  const site = headers['sec-fetch-site'];
  if (site === undefined) return 'unstated';
  return site === 'same-origin' ? 'ours' : 'foreign';
}
