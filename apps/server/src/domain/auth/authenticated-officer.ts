import type { Role } from '@pst/protocol';
import type { OfficerRecord } from '../../store/records.ts';
import { toOfficerSelf } from '../officers/officer.service.ts';

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
  const { status: _, ...self } = toOfficerSelf(officer);
  return { ...self, sessionId };
}
