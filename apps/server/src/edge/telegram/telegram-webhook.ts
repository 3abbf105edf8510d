import { timingSafeEqual } from 'node:crypto';
import { officeCodeSchema } from '@pst/protocol';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { AppContext } from '../../context.ts';
import { telegramSecrets } from '../../domain/chat-channels/connections.ts';
import type { ChatChannelRecord } from '../../store/chat-channels.ts';
import { acceptUpdate } from '../chat-channels/updates.ts';
import { telegramExternalId, telegramUpdateSchema } from './telegram-update.ts';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `POST /hooks/telegram/:office`: the office's bot's updates. The secret Telegram sends back
 * (`X-Telegram-Bot-Api-Secret-Token`, set with setWebhook) is checked before the body is even read; a
 * valid update is stored once and answered 200 at once, then processed.
 */
export function telegramWebhook(ctx: AppContext): Router {
  const router = Router();
  const checkSecret = async (req: Request, res: Response, next: NextFunction) => {
    const office = officeCodeSchema.safeParse(req.params.office);
    const record = office.success ? await ctx.store.chatChannels.of(office.data, 'telegram') : undefined;
    if (record?.mode !== 'webhook') {
      res.status(404).end();
      return;
    }
    if (!sameSecret(req.get(SECRET_HEADER), telegramSecrets(ctx, record).webhookSecret)) {
      res.status(401).end();
      return;
    }
    res.locals.telegram = record;
    next();
  };
  router.post(
    '/hooks/telegram/:office',
    checkSecret,
    express.raw({ type: () => true, limit: '1mb' }),
    async (req: Request, res: Response) => {
      const record = res.locals.telegram as ChatChannelRecord;
      let update: ReturnType<typeof telegramUpdateSchema.parse>;
      try {
        update = telegramUpdateSchema.parse(JSON.parse((req.body as Buffer).toString('utf8')));
      } catch {
        res.status(400).end();
        return;
      }
      const botId = telegramSecrets(ctx, record).botToken.split(':')[0] ?? '';
      await acceptUpdate(ctx, {
        channel: 'telegram',
        externalId: telegramExternalId(botId, update),
        office: record.office,
        payload: update,
      });
      res.status(200).json({});
    },
  );
  return router;
}
