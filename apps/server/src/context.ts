import type { DomainContext } from './domain/context.ts';
import type { Realtime } from './edge/socket/io.ts';
import type { MailTransport } from './outbound/mail-transport.ts';

/** What the edges and jobs get: the domain's context plus the Socket.IO server and the mail transport (never passed to the domain). */
export interface AppContext extends DomainContext {
  realtime: Realtime;
  mailer: MailTransport;
}
