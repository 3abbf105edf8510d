import type { Role } from '@pst/protocol';

/** The officer behind a request or an agent socket, as their session found them. */
export interface AuthenticatedOfficer {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Office codes the officer serves. */
  offices: string[];
  /** The session's id (the hash of its token): logout disconnects the sockets of this session only. */
  sessionId: string;
}
