// The only file with side effects: reads the environment, connects, listens.

import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { createLogger } from './config/logger.ts';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './db/embedded.ts';
import { missingHolidayYears } from './domain/calendar/national-holidays.ts';
import { defaultSettings } from './domain/context.ts';
import { describeDesks } from './domain/offices/desk-summary.ts';
import { demoLogins, describeFirstChat, describeLogins, seedIfEmpty } from './domain/offices/seed.ts';
import { localDate } from './domain/offices/service-hours.ts';
import { connectRedis } from './edge/socket/redis.ts';
import { connectMongo } from './store/connect.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);

  let embedded: EmbeddedDatabase | undefined;
  let mongoUri = config.MONGODB_URI;
  if (!mongoUri) {
    console.log(`MONGODB_URI is not set: starting the embedded database (data in ${config.DATA_DIR}) ...`);
    embedded = await startEmbeddedDatabase(config.DATA_DIR, (line) => console.log(line));
    mongoUri = embedded.uri;
  }
  const mongo = await connectMongo(mongoUri, config.MONGODB_DB);
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, logger) : undefined;
  const app = await createApp({
    mongo,
    logger,
    ...(redis ? { redis } : {}),
    jobTimer: true,
    ...(config.SMTP_URL ? { smtpUrl: config.SMTP_URL } : {}),
    ...(config.SECRETS_KEY ? { secretsKey: config.SECRETS_KEY } : {}),
    settings: {
      env: config.NODE_ENV,
      publicOrigins: config.PUBLIC_URL,
      officerGraceMs: config.OFFICER_GRACE_SECONDS * 1000,
      visitorGraceMs: config.VISITOR_GRACE_SECONDS * 1000,
      mail: { ...defaultSettings.mail, defaultFrom: config.MAIL_FROM },
      maxInFlightRequests: config.MAX_IN_FLIGHT_REQUESTS,
      chatChannels: {
        telegramApiRoot: config.TELEGRAM_API_ROOT.replace(/\/$/, ''),
        whatsappApiRoot: config.WHATSAPP_API_ROOT.replace(/\/$/, ''),
      },
    },
  });
  await seedIfEmpty(app.context);
  const missingHolidays = missingHolidayYears(localDate(app.context.clock.now(), 'Asia/Jakarta'));
  if (missingHolidays.length > 0) {
    app.context.logger.warn(
      { missingHolidays },
      'the national holiday data lacks these years: deadlines ignore their holidays (README: holiday data)',
    );
  }
  const port = await app.listen(config.PORT, config.HOST);
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  if (config.PUBLIC_URL.length === 0) app.context.settings.publicOrigins = [base, `http://localhost:${port}`];

  console.log(
    [
      '',
      'PST LiveChat is running.',
      `  Demo host page : ${base}/demo/5102  (also /demo/5100, 5108, 7406, 7604${config.NODE_ENV === 'production' ? '' : ', 9999'})`,
      `  Agent app      : ${base}/agent/`,
      `  Widget script  : ${base}/widget.js`,
      `  Health         : ${base}/healthz  ${base}/readyz`,
      `  Mail           : ${config.SMTP_URL ? 'SMTP_URL' : config.NODE_ENV === 'production' ? 'SMTP_URL not set: mail is queued, not sent' : `captured, not sent: ${base}/dev/mail`}`,
      `  Database       : ${embedded ? `embedded ${embedded.kind}` : 'MONGODB_URI'}   Redis: ${redis ? 'REDIS_URL' : 'off (one node)'}`,
      ...(embedded
        ? [`  Data           : ${embedded.dataPath}${embedded.logPath ? `  (log: ${embedded.logPath})` : ''}`]
        : []),
      '',
      await describeDesks(app.context),
      '',
    ].join('\n'),
  );
  if (config.NODE_ENV !== 'production') {
    console.log(`${describeLogins(demoLogins())}\n\n${describeFirstChat(base)}\n`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // A bound: a stop that hangs must not keep the node (and its port) forever.
    setTimeout(() => {
      logger.error('did not stop within 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    try {
      // In order: answer what runs and let clients move, then close what those answers needed.
      await app.close();
      await redis?.close();
      await mongo.close();
      await embedded?.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'stopping failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Operator mistakes get one clear message, not a stack trace.
  if (error instanceof ConfigError) console.error(`\n${error.message}\n`);
  else if (error instanceof Error && error.name === 'MongooseServerSelectionError')
    console.error(`\nCannot reach MongoDB: ${error.message}\nCheck MONGODB_URI.\n`);
  else console.error(error);
  process.exit(1);
});
