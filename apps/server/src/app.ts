import { randomBytes } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Logger } from './config/logger.ts';
import { createSecrets, DEVELOPMENT_SECRETS_KEY } from './config/secrets.ts';
import type { AppContext } from './context.ts';
import { type AppSettings, defaultSettings } from './domain/context.ts';
import { createDomainEvents } from './domain/events.ts';
import { adminRoutes } from './edge/http/admin.routes.ts';
import { authRoutes } from './edge/http/auth.routes.ts';
import { cannedResponseRoutes } from './edge/http/canned-response.routes.ts';
import { chatChannelRoutes } from './edge/http/chat-channel.routes.ts';
import { conversationRoutes } from './edge/http/conversation.routes.ts';
import { crossSiteGuard } from './edge/http/cross-site-guard.ts';
import { devMailRoutes } from './edge/http/dev-mail.routes.ts';
import { errorHandler } from './edge/http/errors.ts';
import { fileRoutes } from './edge/http/file.routes.ts';
import { healthRoutes, type ReadinessCheck } from './edge/http/health.routes.ts';
import { mailboxRoutes } from './edge/http/mailbox.routes.ts';
import { privacyRoutes } from './edge/http/privacy.routes.ts';
import { reportRoutes } from './edge/http/report.routes.ts';
import { baseSecurityHeaders } from './edge/http/security-headers.ts';
import { staticRoutes } from './edge/http/static.routes.ts';
import { widgetRoutes } from './edge/http/widget.routes.ts';
import { registerAgentNamespace } from './edge/socket/agent.events.ts';
import { inFlightOf } from './edge/socket/in-flight.ts';
import { createRealtime, disconnectGently, type Realtime } from './edge/socket/io.ts';
import type { RedisClients } from './edge/socket/redis.ts';
import { registerVisitorNamespace } from './edge/socket/visitor.events.ts';
import { telegramWebhook } from './edge/telegram/telegram-webhook.ts';
import { whatsappWebhook } from './edge/whatsapp/whatsapp-webhook.ts';
import { runChatChannelJobs, runJobs, runMailJobs, startJobTimer } from './jobs/jobs.ts';
import { subscribeChatChannels } from './outbound/chat-channels.ts';
import { subscribeMail } from './outbound/mail.ts';
import { createMailTransport } from './outbound/mail-transport.ts';
import { subscribeSocketRooms } from './outbound/socket.ts';
import { type DatabaseConnection, pingMongo } from './store/connect.ts';
import type { Models } from './store/models.ts';
import { openStore } from './store/store.ts';
import { type Clock, systemClock } from './time/clock.ts';

export interface AppDependencies {
  mongo: DatabaseConnection;
  logger: Logger;
  /** Present when REDIS_URL is set: several nodes then share Socket.IO rooms. */
  redis?: RedisClients;
  /** The time source; tests pass a settable clock. */
  clock?: Clock;
  settings?: Partial<AppSettings>;
  /** Serve the built widget, agent app and demo pages (off in tests that do not need them). */
  serveFrontEnds?: boolean;
  /** Run the background jobs on a timer (tests call `runJobs` instead). */
  jobTimer?: boolean;
  /** Outgoing mail server (SMTP_URL); without it mail is captured and shown at /dev/mail outside production. */
  smtpUrl?: string;
  /** SECRETS_KEY, 64 hex digits; a fixed development key when absent (refused in production by the config). */
  secretsKey?: string;
}

export interface App {
  http: HttpServer;
  realtime: Realtime;
  /** The Mongoose models, for tests that look at what was stored; the app itself goes through the store. */
  models: Models;
  context: AppContext;
  /** One tick of the background jobs (auto-close, re-queue, drain, cleanup). */
  runJobs(): Promise<void>;
  /** One tick of the mail jobs (send what is due, read office mailboxes). */
  runMailJobs(): Promise<void>;
  /** One tick of the chat-app jobs (poll Telegram bots without a webhook, retry stalled updates). */
  runChatChannelJobs(): Promise<void>;
  /** Starts listening; resolves with the bound port (use 0 for a free one). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Stops gracefully: refuses new socket requests (UNAVAILABLE, retryable), answers the running ones
   * (at most `drainMs`), then disconnects this node's sockets, whose clients reconnect elsewhere. Leaves
   * the database and Redis connections it was given open, for the caller to close after.
   */
  close(drainMs?: number): Promise<void>;
}

/** Builds the whole server from its dependencies. Does not listen. */
export async function createApp(deps: AppDependencies): Promise<App> {
  const clock = deps.clock ?? systemClock;
  const { store, models } = await openStore(deps.mongo, clock);

  const web = express();
  web.disable('x-powered-by');
  web.set('trust proxy', 'loopback');
  const http = createServer(web);
  const realtime = createRealtime(http, deps.redis);
  const context: AppContext = {
    settings: { ...defaultSettings, ...deps.settings },
    logger: deps.logger,
    clock,
    store,
    events: createDomainEvents(deps.logger),
    realtime,
    nodeId: randomBytes(6).toString('hex'),
    secrets: createSecrets(deps.secretsKey ?? DEVELOPMENT_SECRETS_KEY),
    mailer: createMailTransport(deps.smtpUrl),
  };
  subscribeSocketRooms(context.events, realtime);
  subscribeMail(context.events, context);
  subscribeChatChannels(context.events, context);

  const checks: Record<string, ReadinessCheck> = { mongodb: () => pingMongo(deps.mongo) };
  if (deps.redis) checks.redis = deps.redis.ping;
  web.use(baseSecurityHeaders);
  web.use(healthRoutes(checks));
  // Chat apps' webhooks, outside /api: each checks its signature or secret before it parses a body.
  web.use(telegramWebhook(context));
  web.use(whatsappWebhook(context));
  web.use('/api', crossSiteGuard(context), express.json({ limit: '32kb' }));

  // --- features: REST routes and socket middleware (one line each) ---
  web.use(authRoutes(context));
  web.use(adminRoutes(context));
  web.use(widgetRoutes(context));
  web.use(conversationRoutes(context));
  web.use(reportRoutes(context));
  web.use(cannedResponseRoutes(context));
  web.use(mailboxRoutes(context));
  web.use(privacyRoutes(context));
  web.use(devMailRoutes(context));
  web.use(fileRoutes(context));
  web.use(chatChannelRoutes(context));
  registerVisitorNamespace(context);
  registerAgentNamespace(context);
  // --- end features ---

  if (deps.serveFrontEnds ?? true) web.use(staticRoutes(context));
  web.use('/api', (_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such endpoint.' } });
  });
  web.use(errorHandler(deps.logger));

  const stopJobs = deps.jobTimer ? startJobTimer(context) : () => {};

  return {
    http,
    realtime,
    models,
    context,
    runJobs: () => runJobs(context),
    runMailJobs: () => runMailJobs(context),
    runChatChannelJobs: () => runChatChannelJobs(context),
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
      }),
    close: async (drainMs = 5_000) => {
      stopJobs();
      await inFlightOf(realtime.io).drain(drainMs);
      // Clients told 'io server disconnect' reconnect, to another node.
      await disconnectGently(realtime, 2_000);
      await new Promise<void>((resolve) => realtime.io.close(() => resolve()));
      context.mailer.close();
    },
  };
}
