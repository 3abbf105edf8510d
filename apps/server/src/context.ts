import type { DomainContext } from './domain/context.ts';
import type { Realtime } from './edge/socket/io.ts';

/** What the edges get: the domain's context plus the Socket.IO server (never passed to the domain). */
export interface AppContext extends DomainContext {
  realtime: Realtime;
}
