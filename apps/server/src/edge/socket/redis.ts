import { Redis } from 'ioredis';

/** The Redis connections one server node needs: publish and subscribe for the Socket.IO adapter. */
export interface RedisClients {
  pub: Redis;
  sub: Redis;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function connectRedis(url: string): Promise<RedisClients> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5_000 };
  const pub = new Redis(url, options);
  const sub = new Redis(url, options);
  // ioredis reconnects by itself; without a listener an 'error' event would crash the process.
  pub.on('error', () => {});
  sub.on('error', () => {});
  await Promise.all([pub.connect(), sub.connect()]);
  return {
    pub,
    sub,
    ping: async () => {
      if (pub.status !== 'ready') throw new Error(`not connected (state ${pub.status})`);
      await pub.ping();
    },
    close: async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
