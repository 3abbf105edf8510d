import type { Health } from '@pst/protocol';
import { Router } from 'express';

/** A readiness check: resolves when the dependency answers, throws why not. */
export type ReadinessCheck = () => Promise<void>;

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout(check: ReadinessCheck): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    check()
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/** `/healthz`: the process is up. `/readyz`: every dependency answers; 503 with the reasons if not. */
export function healthRoutes(checks: Record<string, ReadinessCheck>): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    const body: Health = { status: 'ok' };
    res.json(body);
  });

  router.get('/readyz', async (_req, res) => {
    const entries = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check);
          return [name, { ok: true }] as const;
        } catch (error) {
          return [name, { ok: false, reason: error instanceof Error ? error.message : String(error) }] as const;
        }
      }),
    );
    const ready = entries.every(([, state]) => state.ok);
    const body: Health = { status: ready ? 'ok' : 'unavailable', checks: Object.fromEntries(entries) };
    res.status(ready ? 200 : 503).json(body);
  });

  return router;
}
