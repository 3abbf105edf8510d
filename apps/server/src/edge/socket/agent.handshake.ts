import type { AgentClientToServerEvents, AgentServerToClientEvents, ApiError } from '@pst/protocol';
import type { DefaultEventsMap, ExtendedError, Socket } from 'socket.io';
import type { AppContext } from '../../context.ts';
import { type AuthenticatedOfficer, toAuthenticatedOfficer } from '../../domain/auth/authenticated-officer.ts';
import { findSession } from '../../domain/auth/sessions.ts';
import { parseCookies, SESSION_COOKIE } from '../http/cookies.ts';
import { requestOrigin } from '../http/request-origin.ts';
import { rooms } from './rooms.ts';

/** What every `/agent` socket carries once its handshake passed. */
export interface AgentSocketData {
  officer: AuthenticatedOfficer;
}

export type AgentSocket = Socket<
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  DefaultEventsMap,
  AgentSocketData
>;

/** The client's `connect_error` has `message` = the code and `data` = `{ code, message }`. */
function handshakeError(error: ApiError): ExtendedError {
  const err: ExtendedError = new Error(error.code);
  err.data = error;
  return err;
}

/**
 * `/agent` namespace middleware: admits a socket only from one of the server's
 * own origins and with a live session cookie. The browser attaches the cookie
 * to a WebSocket upgrade from any page, and SameSite treats every port of a
 * host as the same site, so without the Origin check another page (another
 * port, a forged or `null` origin) could read the inbox as the officer. Joins
 * `officer:<id>` (to reach all the officer's tabs) and `session:<sessionId>`
 * (so logout drops that session's tabs only).
 */
export function agentHandshake(ctx: AppContext) {
  return (socket: AgentSocket, next: (err?: ExtendedError) => void): void => {
    // `unstated` is refused too: a browser always says where it comes from.
    if (requestOrigin(ctx.settings, socket.handshake.headers) !== 'ours') {
      next(handshakeError({ code: 'ORIGIN_NOT_ALLOWED', message: 'The agent app connects only from this server.' }));
      return;
    }
    findSession(ctx, parseCookies(socket.handshake.headers.cookie)[SESSION_COOKIE]).then(
      (found) => {
        if (!found) {
          next(handshakeError({ code: 'UNAUTHENTICATED', message: 'Masuk dulu. / Sign in first.' }));
          return;
        }
        const officer = toAuthenticatedOfficer(found.officer, found.sessionId);
        socket.data.officer = officer;
        socket.join([rooms.officer(officer.id), rooms.session(officer.sessionId)]);
        next();
      },
      (error: unknown) => {
        ctx.logger.error({ err: error }, 'agent handshake failed');
        next(handshakeError({ code: 'UNAVAILABLE', message: 'The server cannot check the session now.' }));
      },
    );
  };
}
