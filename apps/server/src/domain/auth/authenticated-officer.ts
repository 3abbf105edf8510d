import type { Role } from '@pst/protocol';
import type { OfficerRecord } from '../../store/records.ts';

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

export function toAuthenticatedOfficer(officer: OfficerRecord, sessionId: string): AuthenticatedOfficer {
  return {
    id: officer.id,
    name: officer.name,
    email: officer.email,
    role: officer.role,
    offices: [...officer.offices],
    sessionId,
  };
}
