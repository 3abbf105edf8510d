import { officeCodeSchema, officeMailboxSchema } from '@pst/protocol';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { assertAllowed, isSupervisor, managesOffice } from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { deleteMailbox, getMailbox, setMailbox } from '../../domain/mail/mailbox.service.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

const officeParamsSchema = z.object({ code: officeCodeSchema });

/** An office's consultation mailbox: admins for any office, supervisors for their own. */
export function mailboxRoutes(ctx: AppContext): Router {
  const router = Router();
  const manager = [requireOfficer(ctx, isSupervisor)];
  const officeOf = (req: Request, res: Response) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    assertAllowed(managesOffice(signedInOfficer(res), code));
    return code;
  };

  endpoint(router, 'getMailbox', manager, (req, res) => getMailbox(ctx, officeOf(req, res)));
  endpoint(router, 'setMailbox', manager, (req, res) =>
    setMailbox(ctx, officeOf(req, res), parseInput(officeMailboxSchema, req.body)),
  );
  endpoint(router, 'deleteMailbox', manager, async (req, res) => {
    await deleteMailbox(ctx, officeOf(req, res));
    return undefined;
  });
  return router;
}
