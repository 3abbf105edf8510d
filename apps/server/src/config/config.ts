import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../repo-root.ts';

/** Every environment variable the server reads, with its default. README lists them too. */
const envSchema = z.object({
  /** development | production | test. Development allows localhost origins and prints demo logins. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Interface to listen on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port for HTTP and Socket.IO; 0 picks a free one. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** MongoDB connection string. Unset: an embedded MongoDB under DATA_DIR. */
  MONGODB_URI: z.string().startsWith('mongodb').optional(),
  /** Database name inside MONGODB_URI. */
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/)
    .default('pst_livechat'),
  /** Redis connection string. Set it when more than one server node runs. */
  REDIS_URL: z.string().startsWith('redis').optional(),
  /** Where the embedded MongoDB keeps its files. */
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  /** The origin(s) browsers reach this server at, comma-separated; default http://HOST:PORT and localhost. */
  PUBLIC_URL: z
    .string()
    .optional()
    .transform((value) => value?.split(',').map((url) => new URL(url.trim()).origin) ?? []),
  /** Seconds an officer may be without any connected tab before their chats return to the queue. */
  OFFICER_GRACE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** Seconds a queued visitor may be without the widget open before their chat becomes an offline message. */
  VISITOR_GRACE_SECONDS: z.coerce.number().int().min(10).max(3600).default(120),
  /**
   * Outgoing mail server, e.g. smtps://user:pass@smtp.example.go.id:465. Unset: mail is captured, not sent,
   * and shown at /dev/mail (outside production).
   */
  SMTP_URL: z.string().startsWith('smtp').optional(),
  /** The sender of offices without a mailbox of their own, e.g. "PST BPS <pst@bps.go.id>". */
  MAIL_FROM: z.string().min(3).default('PST BPS <no-reply@pst.localhost>'),
  /**
   * 32 bytes as 64 hex digits: seals stored secrets (mailbox passwords) and signs reply addresses.
   * Required in production; elsewhere a fixed development key is used.
   */
  SECRETS_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '64 hex digits (openssl rand -hex 32)')
    .optional(),
  /** Telegram's Bot API root; another for a self-hosted Bot API server. */
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default('https://api.telegram.org'),
  /** The Graph API base with its version, for the WhatsApp Cloud API. */
  WHATSAPP_API_ROOT: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com/v21.0'),
  /** Socket requests one node works on at once; beyond it UNAVAILABLE (retryable). */
  MAX_IN_FLIGHT_REQUESTS: z.coerce.number().int().min(1).max(100_000).default(200),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof envSchema>;

/** Parses the environment; on bad input throws one message per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (parsed.success && parsed.data.NODE_ENV === 'production' && !parsed.data.SECRETS_KEY) {
    throw new ConfigError('Invalid environment:\n  SECRETS_KEY: required in production (openssl rand -hex 32)');
  }
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
}

/** A configuration problem the operator must fix; printed without a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
