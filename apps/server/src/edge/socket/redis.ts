import { Redis } from 'ioredis';
import type { Logger } from '../../config/logger.ts';

/** The Redis connections one server node needs: publish and subscribe for the Socket.IO adapter. */
export interface RedisClients {
  pub: Redis;
  sub: Redis;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** How long a start waits for Redis before going on without it (degraded: `/readyz` says so). */
const START_WAIT_MS = 3_000;

/**
 * Connects to Redis without depending on it: the node starts even when Redis
 * is down, and ioredis keeps reconnecting (the subscriber resubscribes by
 * itself), so live events between nodes resume when Redis returns. Meanwhile
 * clients still get everything through their catch-up by seq. The outage is
 * logged once when it starts and once when it ends, not per event.
 */
export async function connectRedis(url: string, logger: Logger): Promise<RedisClients> {
  // Publishes give up soon (a live event is worth little later); subscriptions wait for Redis however long.
  const pub = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 5_000 });
  const sub = new Redis(url, { maxRetriesPerRequest: null, connectTimeout: 5_000 });
  let down = false;
  const outage = (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error }, 'Redis unreachable: live events between nodes pause until it returns');
  };
  const back = () => {
    if (!down) return;
    down = false;
    logger.info('Redis is back: live events between nodes resume');
  };
  // Without an 'error' listener ioredis' reconnect errors would crash the process.
  for (const client of [pub, sub]) client.on('error', outage).on('ready', back);

  // The adapter publishes, subscribes and unsubscribes without waiting for the answer, so a rejected
  // command (Redis away, or the connection closed at shutdown) would be an unhandled rejection that
  // ends the process. Here it is only a lost live event, which clients recover by seq.
  neverRejects(pub, 'publish');
  for (const method of ['subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe'] as const) neverRejects(sub, method);

  const ready = (client: Redis) => new Promise((resolve) => client.once('ready', resolve));
  await Promise.race([
    Promise.all([ready(pub), ready(sub)]),
    new Promise((resolve) => setTimeout(resolve, START_WAIT_MS)),
  ]);
  return {
    pub,
    sub,
    ping: async () => {
      if (pub.status !== 'ready') throw new Error(`not connected (state ${pub.status})`);
      await pub.ping();
    },
    // QUIT lets pending commands finish, but only while connected and for a bounded time: Redis may be gone.
    close: async () => {
      const quit = (client: Redis) =>
        client.status === 'ready' ? client.quit().catch(() => undefined) : Promise.resolve(undefined);
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise((resolve) => (timer = setTimeout(resolve, 1_000)));
      await Promise.race([Promise.all([quit(pub), quit(sub)]), bound]);
      clearTimeout(timer);
      pub.disconnect();
      sub.disconnect();
    },
  };
}

/** Replaces a command of this client with one whose promise never rejects. */
function neverRejects(client: Redis, method: 'publish' | 'subscribe' | 'psubscribe' | 'unsubscribe' | 'punsubscribe') {
  const original = (client[method] as (...args: unknown[]) => Promise<unknown>).bind(client);
  Object.assign(client, { [method]: (...args: unknown[]) => original(...args).catch(() => undefined) });
}
