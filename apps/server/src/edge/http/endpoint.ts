import { type RestEndpoint, type RestResponse, rest } from '@pst/protocol';
import type { Request, RequestHandler, Response, Router } from 'express';

/**
 * Mounts one endpoint of the protocol's REST contract: its method and path
 * come from the contract, and the handler must return exactly the contract's
 * response type, sent with the contract's status (204: no body).
 */
export function endpoint<E extends RestEndpoint>(
  router: Router,
  name: E,
  guards: RequestHandler[],
  handle: (req: Request, res: Response) => Promise<RestResponse<E>>,
): void {
  const { method, path, status } = rest[name];
  const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  router[verb](path, ...guards, async (req: Request, res: Response) => {
    const body = await handle(req, res);
    if (status === 204) res.status(204).end();
    else res.status(status).json(body);
  });
}
