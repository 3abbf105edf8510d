import { pipeline } from 'node:stream/promises';
import { FILE_DOWNLOAD_PREFIX, idSchema, type RestResponse, rest } from '@pst/protocol';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { assertAllowed, mayWrite, ownConversation, visibleConversation } from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { toAuthenticatedOfficer } from '../../domain/auth/authenticated-officer.ts';
import { findSession } from '../../domain/auth/sessions.ts';
import { findFile, type Uploader, uploadFile } from '../../domain/files/file.service.ts';
import { AppError } from '../../errors.ts';
import type { ConversationRecord } from '../../store/records.ts';
import { parseCookies, SESSION_COOKIE } from './cookies.ts';
import { parseInput } from './errors.ts';
import { setFileHeaders } from './file-headers.ts';
import { requestVisitor } from './visitor-auth.ts';

const uploadQuerySchema = z.object({ conversationId: idSchema, name: z.string().min(1).max(1000) });

type Reader = { kind: 'visitor'; id: string } | { kind: 'officer'; officer: ReturnType<typeof toAuthenticatedOfficer> };

/** A visitor by their token header, else an officer by their session cookie, else UNAUTHENTICATED. */
async function reader(ctx: AppContext, req: Request): Promise<Reader> {
  const visitor = await requestVisitor(ctx, req);
  if (visitor) return { kind: 'visitor', id: visitor.id };
  const found = await findSession(ctx, parseCookies(req.headers.cookie)[SESSION_COOKIE]);
  if (found) return { kind: 'officer', officer: toAuthenticatedOfficer(found.officer, found.sessionId) };
  throw new AppError('UNAUTHENTICATED');
}

/** Who may read the conversation: its own visitor, officers of its office. Others: NOT_FOUND. */
function readable(who: Reader, conversation: ConversationRecord | undefined): ConversationRecord {
  return who.kind === 'visitor'
    ? ownConversation(who.id, conversation)
    : visibleConversation(who.officer, conversation);
}

/**
 * After a refusal the answer goes at once; the rest of the body is read and dropped (never stored) so
 * the client can read it, but a client that keeps sending more than the limit again is cut off.
 */
function dropRestOfBody(req: Request, res: Response, limit: number): void {
  if (req.readableEnded) return;
  let dropped = 0;
  req.unpipe();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limit) req.socket.destroy();
  });
  req.resume();
  res.setHeader('Connection', 'close');
}

/**
 * Files in chats. Upload: `POST /api/files?conversationId=&name=` with the raw bytes, by the
 * conversation's visitor or its assigned officer, streamed into the database and checked on the way.
 * Download: `GET /files/<id>` (a path no page uses), by the conversation's visitor or an officer of its
 * office, with the headers of `file-headers.ts`; `?inline=1` shows an image in an `<img>`.
 */
export function fileRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post(rest.uploadFile.path, async (req, res) => {
    try {
      if (!req.is('application/octet-stream')) {
        throw new AppError('BAD_REQUEST', 'The body must be the raw file (application/octet-stream).');
      }
      const query = parseInput(uploadQuerySchema, req.query);
      const who = await reader(ctx, req);
      const conversation = readable(who, await ctx.store.conversations.byId(query.conversationId));
      let uploader: Uploader;
      if (who.kind === 'visitor') uploader = who;
      else {
        assertAllowed(mayWrite(who.officer, conversation));
        uploader = { kind: 'officer', id: who.officer.id };
      }
      const length = req.headers['content-length'];
      const file: RestResponse<'uploadFile'> = await uploadFile(ctx, conversation, uploader, {
        name: query.name,
        source: req,
        declaredBytes: length === undefined ? undefined : Number(length),
      });
      res.status(rest.uploadFile.status).json(file);
    } catch (error) {
      dropRestOfBody(req, res, ctx.settings.files.maxBytes);
      throw error;
    }
  });

  router.get(`${FILE_DOWNLOAD_PREFIX}:id`, async (req, res) => {
    const id = parseInput(idSchema, req.params.id);
    const who = await reader(ctx, req);
    const { file, conversation, open } = await findFile(ctx, id);
    readable(who, conversation);
    setFileHeaders(res, file, req.query.inline === '1');
    try {
      await pipeline(open(), res);
    } catch (error) {
      // The headers are gone: all that is left is to cut the response short.
      ctx.logger.warn({ err: error, file: file.id }, 'file download broken off');
      res.destroy();
    }
  });

  return router;
}
