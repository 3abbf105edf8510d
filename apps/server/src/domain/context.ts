import { MAX_FILE_BYTES } from '@pst/protocol';
import type { Logger } from '../config/logger.ts';
import type { Secrets } from '../config/secrets.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/clock.ts';
import type { DomainEvents } from './events.ts';

/** Settings the app takes from its caller (index.ts reads them from the environment). */
export interface AppSettings {
  /** `development` and `test` allow localhost origins and the settable clock. */
  env: 'development' | 'production' | 'test';
  /** Origins this server is reached at; the widget iframe connects from them. */
  publicOrigins: string[];
  /** How long an officer may be without any connected tab before their chats go back to the queue. */
  officerGraceMs: number;
  /** How long a queued visitor may be without the widget open before their chat becomes an offline message. */
  visitorGraceMs: number;
  /** How long an officer's session lasts. */
  sessionTtlMs: number;
  /**
   * Requests per second, and burst, one visitor may make over all their sockets on this node (before the
   * guest book: each socket); an officer gets twice that over all their tabs.
   */
  socketRateLimit: { perSecond: number; burst: number };
  /** A socket refused RATE_LIMITED this many times in a row is disconnected: it is not slowing down. */
  floodDisconnectAfter: number;
  /** Typing signals are relayed at most once per this interval per conversation and side; the last state wins. */
  typingRelayIntervalMs: number;
  /**
   * How long a socket request may take before it is answered UNAVAILABLE (retryable: a resend with the
   * same clientMsgId is stored once), so a stalled database never leaves a sender waiting.
   */
  requestDeadlineMs: number;
  /**
   * Socket requests one node works on at once (both namespaces). Beyond it a request is answered UNAVAILABLE at
   * once (retryable, same clientMsgId) instead of waiting behind a backlog: clients back off and retry, maybe on
   * another node, and what is admitted is still answered within the deadline. Work answered at its deadline
   * but still running counts until it ends.
   */
  maxInFlightRequests: number;
  /**
   * Guest books and new consultations allowed in a sliding window, per client IP address and per office,
   * counted across nodes in the database. Beyond them: RATE_LIMITED. A campus or office behind one NAT address
   * shares the per-IP figures, so they stay well above one person's use.
   */
  visitorQuotas: {
    windowMs: number;
    registrationsPerIp: number;
    startsPerIp: number;
    registrationsPerOffice: number;
    startsPerOffice: number;
  };
  /** `/visitor` sockets one client IP address may hold open on this node; beyond it the handshake gets RATE_LIMITED. */
  visitorSocketsPerIp: number;
  /**
   * Unknown visitor tokens one IP address may present at the `/visitor` handshake in a window on this node;
   * beyond them its handshakes with a token are refused (RATE_LIMITED) until the window ends.
   */
  tokenFailures: { perIp: number; windowMs: number };
  /** At most one whole-queue update per office per this interval: a burst of starts becomes one update. */
  queueAnnounceIntervalMs: number;
  /**
   * Files in chats: the largest one in bytes (enforced while it streams in), and uploads allowed in a sliding
   * window per visitor and per office (counted across nodes in the database, like `visitorQuotas`).
   */
  files: { maxBytes: number; windowMs: number; perVisitor: number; perOffice: number };
  mail: {
    /** The sender of offices without a mailbox of their own: "Name <address>". */
    defaultFrom: string;
    /** A mail larger than this is recorded by the poller, not downloaded. */
    maxInboundBytes: number;
    /** Each office mailbox is read at most once per this interval. */
    pollIntervalMs: number;
    /** A mail still failing after this many attempts is given up (`failed`); a 5xx refusal at once. */
    maxSendAttempts: number;
  };
  /** The chat apps' APIs: Telegram's Bot API root and the Graph API with its version (tests point them at fakes). */
  chatChannels: { telegramApiRoot: string; whatsappApiRoot: string };
}

export const defaultSettings: AppSettings = {
  env: 'development',
  publicOrigins: [],
  officerGraceMs: 60_000,
  visitorGraceMs: 120_000,
  sessionTtlMs: 12 * 60 * 60 * 1000,
  socketRateLimit: { perSecond: 5, burst: 20 },
  floodDisconnectAfter: 50,
  typingRelayIntervalMs: 300,
  requestDeadlineMs: 5_000,
  maxInFlightRequests: 200,
  visitorQuotas: {
    windowMs: 10 * 60 * 1000,
    registrationsPerIp: 20,
    startsPerIp: 20,
    registrationsPerOffice: 200,
    startsPerOffice: 100,
  },
  queueAnnounceIntervalMs: 250,
  visitorSocketsPerIp: 20,
  tokenFailures: { perIp: 20, windowMs: 60_000 },
  files: { maxBytes: MAX_FILE_BYTES, windowMs: 10 * 60 * 1000, perVisitor: 30, perOffice: 600 },
  mail: {
    defaultFrom: 'PST BPS <no-reply@pst.localhost>',
    maxInboundBytes: 10 * 1024 * 1024,
    pollIntervalMs: 60_000,
    maxSendAttempts: 8,
  },
  chatChannels: { telegramApiRoot: 'https://api.telegram.org', whatsappApiRoot: 'https://graph.facebook.com/v21.0' },
};

/**
 * What the domain gets: settings, time, the store and the event bus. No
 * sockets, no HTTP: a channel reaches the domain through an edge and hears
 * from it through an outbound adapter subscribed to `events`.
 */
export interface DomainContext {
  settings: AppSettings;
  logger: Logger;
  clock: Clock;
  store: Store;
  events: DomainEvents;
  /** This node's id, unique per process, for presence and job leases. */
  nodeId: string;
  /** Seals stored secrets and signs reply addresses (SECRETS_KEY). */
  secrets: Secrets;
}
