import net from 'node:net';
import { onTestFinished } from 'vitest';

/**
 * A TCP proxy in front of the tests' database that can stop passing bytes,
 * the way a paused or stalled database looks to the server: connections stay
 * open and nothing answers. Closed when the test ends.
 */
export async function pausableProxy(targetUri: string) {
  const target = new URL(targetUri);
  const pairs = new Set<[net.Socket, net.Socket]>();
  let paused = false;
  const flow = ([client, upstream]: [net.Socket, net.Socket], on: boolean) => {
    if (on) {
      client.pipe(upstream);
      upstream.pipe(client);
    } else {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    flow(pair, !paused);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of pair) socket.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    for (const [client, upstream] of pairs) {
      client.destroy();
      upstream.destroy();
    }
    await new Promise((resolve) => server.close(resolve));
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    pause() {
      paused = true;
      for (const pair of pairs) flow(pair, false);
    },
    resume() {
      paused = false;
      for (const pair of pairs) flow(pair, true);
    },
  };
}
