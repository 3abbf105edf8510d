import { z } from 'zod';

/** One dependency's state in `/readyz`. */
export const dependencyStateSchema = z.object({
  ok: z.boolean(),
  /** Why it is not ok; absent when ok. */
  reason: z.string().optional(),
});

/** Body of `GET /healthz` (process up) and `GET /readyz` (dependencies reachable). */
export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), dependencyStateSchema).optional(),
});
export type Health = z.infer<typeof healthSchema>;
