import type { Request } from 'express';
import type { AppContext } from '../../context.ts';
import { findVisitorByToken } from '../../domain/visitors/visitor.service.ts';
import type { VisitorRecord } from '../../store/records.ts';

/** The header naming the office whose visitor token `Authorization: Bearer` carries. */
export const VISITOR_OFFICE_HEADER = 'x-pst-office';

/**
 * The visitor an HTTP request speaks for: the same token the widget gives the `/visitor` handshake,
 * as `Authorization: Bearer <token>` with `X-PST-Office: <code>`. A header, never a cookie or a URL,
 * so no other site can make a browser send it and no log or referrer keeps it.
 */
export async function requestVisitor(ctx: AppContext, req: Request): Promise<VisitorRecord | undefined> {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '');
  const office = req.headers[VISITOR_OFFICE_HEADER];
  if (!match?.[1] || typeof office !== 'string' || !/^\d{4}$/.test(office)) return undefined;
  return findVisitorByToken(ctx, office, match[1]);
}
