import type { Socket } from 'socket.io-client';

export interface Pair {
  /** Sends one visitor message; resolves when the server acknowledged it. */
  send(text: string): Promise<unknown>;
  /** The officer's socket, which receives `message:created`. */
  officer: Socket;
}

export interface Result {
  p50: number;
  p99: number;
  throughput: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Latency from a visitor's send to the officer's receipt, one message at a time. */
export async function latency(pair: Pair, count: number): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const text = `latency ${i} ${Math.random()}`;
    const received = new Promise<void>((resolve) => {
      const listener = (message: { text: string }) => {
        if (message.text !== text) return;
        pair.officer.off('message:created', listener);
        resolve();
      };
      pair.officer.on('message:created', listener);
    });
    const start = performance.now();
    await Promise.all([pair.send(text), received]);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

/** Messages per second delivered to officers with every pair sending `perPair` messages as fast as acks allow. */
export async function throughput(pairs: Pair[], perPair: number): Promise<number> {
  let delivered = 0;
  const total = pairs.length * perPair;
  const allDelivered = new Promise<void>((resolve) => {
    for (const pair of pairs) {
      pair.officer.on('message:created', (message: { text: string }) => {
        if (!message.text.startsWith('load ')) return;
        delivered++;
        if (delivered === total) resolve();
      });
    }
  });
  const start = performance.now();
  await Promise.all(
    pairs.map(async (pair, p) => {
      for (let i = 0; i < perPair; i++) await pair.send(`load ${p} ${i}`);
    }),
  );
  await allDelivered;
  return total / ((performance.now() - start) / 1000);
}
