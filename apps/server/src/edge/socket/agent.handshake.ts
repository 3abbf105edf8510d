import type { AgentClientToServerEvents, AgentServerToClientEvents, ApiError } from '@pst/protocol';
import type { DefaultEventsMap, ExtendedError, Socket } from 'socket.io';
import type { AppContext } from '../../context.ts';
import { type AuthenticatedOfficer, toAuthenticatedOfficer } from '../../domain/auth/authenticated-officer.ts';
import { findSession } from '../../domain/auth/sessions.ts';
import { parseCookies, SESSION_COOKIE } from '../http/cookies.ts';
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
 * `/agent` namespace middleware: admits a socket only with a live session
 * cookie (sent by the browser with the upgrade request, same origin). Joins
 * `officer:<id>` (to reach all the officer's tabs) and `session:<sessionId>`
 * (so logout drops that session's tabs only).
 */
export function agentHandshake(ctx: AppContext) {
  return (socket: AgentSocket, next: (err?: ExtendedError) => void): void => {
    findSession(ctx, parseCookies(socket.request.headers.cookie)[SESSION_COOKIE]).then(
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
