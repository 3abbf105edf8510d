import { createHmac, timingSafeEqual } from 'node:crypto';
import { officeCodeSchema } from '@pst/protocol';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { AppContext } from '../../context.ts';
import { whatsappSecrets } from '../../domain/chat-channels/connections.ts';
import type { ChatChannelRecord } from '../../store/chat-channels.ts';
import { acceptUpdate } from '../chat-channels/updates.ts';
import { whatsappWebhookSchema } from './whatsapp-update.ts';

/** `X-Hub-Signature-256: sha256=<hex>`: the HMAC-SHA256 of the raw body under the app secret. */
function signedBy(appSecret: string, body: Buffer, header: string | undefined): boolean {
  const given = /^sha256=([0-9a-f]{64})$/.exec(header ?? '')?.[1];
  if (!given) return false;
  const expected = createHmac('sha256', appSecret).update(body).digest();
  return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}

/**
 * The office's WhatsApp webhook, `/hooks/whatsapp/:office`: `GET` is Meta's verification handshake (the
 * verify token the office typed in Meta's settings, answered with the challenge); every `POST` must carry the
 * signature of its raw body, checked before it is parsed. Each message is stored once and processed after the 200.
 */
export function whatsappWebhook(ctx: AppContext): Router {
  const router = Router();
  const connection = async (req: Request, res: Response, next: NextFunction) => {
    const office = officeCodeSchema.safeParse(req.params.office);
    const record = office.success ? await ctx.store.chatChannels.of(office.data, 'whatsapp') : undefined;
    if (!record) {
      res.status(404).end();
      return;
    }
    res.locals.whatsapp = record;
    next();
  };

  router.get('/hooks/whatsapp/:office', connection, (req: Request, res: Response) => {
    const record = res.locals.whatsapp as ChatChannelRecord;
    const { verifyToken } = whatsappSecrets(ctx, record);
    const mode = req.query['hub.mode'];
    const token = req.query['hub.verify_token'];
    const challenge = req.query['hub.challenge'];
    if (
      mode !== 'subscribe' ||
      token !== verifyToken ||
      typeof challenge !== 'string' ||
      !/^[\w-]{1,200}$/.test(challenge)
    ) {
      res.status(403).end();
      return;
    }
    res.status(200).type('text/plain').send(challenge);
  });

  router.post(
    '/hooks/whatsapp/:office',
    connection,
    express.raw({ type: () => true, limit: '1mb' }),
    async (req: Request, res: Response) => {
      const record = res.locals.whatsapp as ChatChannelRecord;
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!signedBy(whatsappSecrets(ctx, record).appSecret, body, req.get('x-hub-signature-256'))) {
        res.status(401).end();
        return;
      }
      let payload: ReturnType<typeof whatsappWebhookSchema.parse>;
      try {
        payload = whatsappWebhookSchema.parse(JSON.parse(body.toString('utf8')));
      } catch {
        res.status(400).end();
        return;
      }
      for (const entry of payload.entry) {
        for (const change of entry.changes) {
          // Only this office's number: one Meta app may serve several numbers.
          if (change.field !== 'messages' || change.value.metadata?.phone_number_id !== record.account) continue;
          for (const message of change.value.messages ?? []) {
            await acceptUpdate(ctx, {
              channel: 'whatsapp',
              externalId: message.id,
              office: record.office,
              payload: message,
            });
          }
        }
      }
      res.status(200).end();
    },
  );
  return router;
}
