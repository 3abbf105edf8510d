import type { IncomingHttpHeaders } from 'node:http';
import {
  type ApiError,
  officeCodeSchema,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@pst/protocol';
import type { DefaultEventsMap, ExtendedError, Socket } from 'socket.io';
import { z } from 'zod';
import { embedAccepted, embedVerdict } from '../../access/embed-origin.ts';
import type { AppContext } from '../../context.ts';
import { visitorSocketConnected } from '../../domain/presence/visitor-presence.ts';
import { findVisitorByToken } from '../../domain/visitors/visitor.service.ts';
import { socketClientAddress } from '../http/client-address.ts';
import { requestOrigin } from '../http/request-origin.ts';
import { rooms } from './rooms.ts';
import type { VisitorAdmission } from './visitor-admission.ts';

/** What every `/visitor` socket carries once its handshake passed. */
export interface VisitorSocketData {
  officeCode: string;
  /** Set after the guest book, or at the handshake of a returning visitor. */
  visitorId?: string;
}

export type VisitorSocket = Socket<
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  DefaultEventsMap,
  VisitorSocketData
>;

const handshakeSchema = z.object({
  officeCode: officeCodeSchema,
  token: z.string().min(20).max(100).optional(),
});

function refuse(error: ApiError): ExtendedError {
  const err: ExtendedError = new Error(error.code);
  err.data = error;
  return err;
}

/**
 * The handshake must come from the server itself (the widget iframe is served
 * from here; its long-polling fallback sends no Origin, only
 * `Sec-Fetch-Site: same-origin`), or carry an Origin the embedding rule
 * accepts for the office (`access/embed-origin.ts`).
 */
export function originAllowed(ctx: AppContext, allowedOrigins: string[], headers: IncomingHttpHeaders): boolean {
  if (requestOrigin(ctx.settings, headers) === 'ours') return true;
  const { origin } = headers;
  return origin !== undefined && embedAccepted(embedVerdict(ctx.settings, allowedOrigins, origin));
}

/**
 * Gives the address's socket back to the admission, the first time only. Made outside the middleware so that
 * the listener, which lives as long as the socket, holds only these two values and not the handshake's scope.
 */
function leaveOnce(admission: VisitorAdmission, address: string): () => void {
  let held = true;
  return () => {
    if (held) admission.leave(address);
    held = false;
  };
}

const TOO_MANY =
  'Terlalu banyak koneksi dari alamat ini; coba lagi nanti. / Too many connections from this address; try again later.';

/**
 * `/visitor` middleware: a known office, an allowed Origin, and the returning
 * visitor's token if any; within the address's open sockets, and refused for
 * a while to an address that keeps presenting unknown tokens (guessing).
 */
export function visitorHandshake(ctx: AppContext, admission: VisitorAdmission) {
  return (socket: VisitorSocket, next: (err?: ExtendedError) => void): void => {
    const auth = handshakeSchema.safeParse(socket.handshake.auth);
    if (!auth.success) {
      next(refuse({ code: 'BAD_REQUEST', message: 'The handshake needs auth.officeCode (4 digits).' }));
      return;
    }
    const { officeCode, token } = auth.data;
    const address = socketClientAddress(socket);
    if ((token && admission.tokensRefused(address)) || !admission.enter(address)) {
      next(refuse({ code: 'RATE_LIMITED', message: TOO_MANY }));
      return;
    }
    // Given back once, whichever comes: the socket's disconnect, or its connection closing before it connected.
    const leave = leaveOnce(admission, address);
    socket.on('disconnect', leave);
    socket.conn.on('close', leave);
    (async () => {
      const office = await ctx.store.offices.byCode(officeCode);
      if (!office) return refuse({ code: 'UNKNOWN_OFFICE', message: 'No such office.' });
      if (!originAllowed(ctx, office.allowedOrigins, socket.handshake.headers)) {
        return refuse({ code: 'ORIGIN_NOT_ALLOWED', message: 'This website may not embed the chat of that office.' });
      }
      socket.data.officeCode = officeCode;
      socket.join(rooms.office(officeCode));
      if (token) {
        // An unknown token is not an error: the visitor simply fills the guest book again.
        const visitor = await findVisitorByToken(ctx, officeCode, token);
        if (visitor) {
          socket.data.visitorId = visitor.id;
          // Recorded before the connection completes, so a returning visitor counts as back at once.
          await visitorSocketConnected(ctx, visitor.id, socket.id);
        } else if (admission.tokenFailed(address)) {
          // Once per address and window, not per attempt: a guessing script must not flood the log either.
          ctx.logger.warn({ address, officeCode }, 'unknown visitor tokens from one address: refused for a while');
        }
      }
      return undefined;
    })().then(
      (error) => {
        if (error) leave();
        next(error);
      },
      (error: unknown) => {
        leave();
        ctx.logger.error({ err: error }, 'visitor handshake failed');
        next(refuse({ code: 'UNAVAILABLE', message: 'The server cannot admit you now.' }));
      },
    );
  };
}
