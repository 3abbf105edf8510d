import { randomBytes } from 'node:crypto';
import {
  chatChannelSchema,
  idSchema,
  officeCodeSchema,
  telegramConnectSchema,
  whatsappConnectSchema,
} from '@pst/protocol';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { assertAllowed, isSupervisor, managesOffice, mayWrite, visibleConversation } from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import {
  listChatChannels,
  removeChatChannel,
  saveChatChannel,
  webhookUrl,
} from '../../domain/chat-channels/connections.ts';
import { sendTemplate } from '../../domain/chat-channels/send-template.ts';
import { AppError } from '../../errors.ts';
import { telegramOf } from '../../outbound/chat-clients.ts';
import { describeTelegramError, telegramClient } from '../../outbound/telegram-api.ts';
import { whatsappClient } from '../../outbound/whatsapp-api.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

const officeParamsSchema = z.object({ code: officeCodeSchema });

/**
 * An office's chat apps (admins for any office, supervisors for their own): connecting checks the token with
 * the app's API first and, for a Telegram webhook, registers it with its secret; and the WhatsApp template an
 * officer sends once the 24-hour window has closed.
 */
export function chatChannelRoutes(ctx: AppContext): Router {
  const router = Router();
  const manager = [requireOfficer(ctx, isSupervisor)];
  const officeOf = (req: Request, res: Response) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    assertAllowed(managesOffice(signedInOfficer(res), code));
    return code;
  };
  const { telegramApiRoot, whatsappApiRoot } = ctx.settings.chatChannels;

  endpoint(router, 'listChatChannels', manager, (req, res) => listChatChannels(ctx, officeOf(req, res)));

  endpoint(router, 'connectTelegram', manager, async (req, res) => {
    const office = officeOf(req, res);
    const input = parseInput(telegramConnectSchema, req.body);
    const client = telegramClient(telegramApiRoot, input.botToken);
    const webhookSecret = randomBytes(32).toString('base64url');
    try {
      const me = await client.getMe();
      if (input.mode === 'webhook') {
        const url = webhookUrl(ctx, 'telegram', office);
        if (!url) throw new AppError('BAD_REQUEST', 'PUBLIC_URL is not set: Telegram cannot reach a webhook.');
        await client.setWebhook(url, webhookSecret);
      } else {
        await client.deleteWebhook();
      }
      return await saveChatChannel(
        ctx,
        { office, channel: 'telegram', account: `@${me.username}`, mode: input.mode },
        { botToken: input.botToken, webhookSecret },
      );
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('BAD_REQUEST', `Telegram refused: ${describeTelegramError(error, input.botToken)}`);
    }
  });

  endpoint(router, 'connectWhatsapp', manager, async (req, res) => {
    const office = officeOf(req, res);
    const input = parseInput(whatsappConnectSchema, req.body);
    try {
      await whatsappClient(whatsappApiRoot, input.phoneNumberId, input.accessToken).phoneNumber();
    } catch (error) {
      throw new AppError('BAD_REQUEST', `WhatsApp refused: ${(error as Error).message}`);
    }
    return saveChatChannel(
      ctx,
      { office, channel: 'whatsapp', account: input.phoneNumberId, mode: 'webhook', template: input.template },
      { accessToken: input.accessToken, appSecret: input.appSecret, verifyToken: input.verifyToken },
    );
  });

  endpoint(router, 'disconnectChatChannel', manager, async (req, res) => {
    const office = officeOf(req, res);
    const channel = parseInput(chatChannelSchema, req.params.channel);
    const record = await ctx.store.chatChannels.of(office, channel);
    if (record?.channel === 'telegram' && record.mode === 'webhook') {
      // Telegram stops posting here; a failure (a revoked token) does not keep the office connected.
      await telegramOf(ctx, record)
        .client.deleteWebhook()
        .catch(() => {});
    }
    await removeChatChannel(ctx, office, channel);
    return undefined;
  });

  endpoint(router, 'sendTemplate', [requireOfficer(ctx)], async (req, res) => {
    const officer = signedInOfficer(res);
    const conversation = visibleConversation(
      officer,
      await ctx.store.conversations.byId(parseInput(idSchema, req.params.id)),
    );
    assertAllowed(mayWrite(officer, conversation));
    return sendTemplate(ctx, conversation, officer);
  });
  return router;
}
