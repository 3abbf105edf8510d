import type { Types } from 'mongoose';

/** Who made a change. */
export interface Actor {
  kind: 'visitor' | 'officer' | 'system';
  id?: Types.ObjectId;
}

export const systemActor: Actor = { kind: 'system' };

/** An audit entry, pushed with `$push: { audit: … }` (plain $push works on FerretDB too). */
export function auditEntry(at: Date, by: Actor, from: string | undefined, to: string, reason: string) {
  return { at, by, ...(from ? { from } : {}), to, reason };
}
