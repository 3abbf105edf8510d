import { z } from 'zod';

/** A 4-digit BPS office code (kode satker), e.g. "5102" for Tabanan. */
export const officeCodeSchema = z.string().regex(/^\d{4}$/, 'a 4-digit office code');
export type OfficeCode = z.infer<typeof officeCodeSchema>;

/** Whether an office's desk is open now, and when it opens next (ISO time) if not. */
export const officeStatusSchema = z.object({
  officeCode: officeCodeSchema,
  open: z.boolean(),
  nextOpenAt: z.iso.datetime({ offset: true }).optional(),
});
export type OfficeStatus = z.infer<typeof officeStatusSchema>;

/** Socket.IO namespaces. */
export const namespaces = { visitor: '/visitor', agent: '/agent' } as const;

/** Events the server sends on `/visitor`. */
export interface VisitorServerToClientEvents {
  'office:status': (status: OfficeStatus) => void;
}

/** Events a visitor sends on `/visitor`. */
// biome-ignore lint/complexity/noBannedTypes: filled by the conversation core
export type VisitorClientToServerEvents = {};

/** Events the server sends on `/agent`. */
export interface AgentServerToClientEvents {
  'office:status': (status: OfficeStatus) => void;
}

/** Events an officer sends on `/agent`. */
// biome-ignore lint/complexity/noBannedTypes: filled by the conversation core
export type AgentClientToServerEvents = {};
