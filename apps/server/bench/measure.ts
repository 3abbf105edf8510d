import type { Socket } from 'socket.io-client';

export interface Pair {
  /** Sends one visitor message; resolves when the server acknowledged it. */
  send(text: string): Promise<unknown>;
  /** The officer's socket, which receives `message:created`. */
  officer: Socket;
}

/** One load level: how many senders at once, the messages per second delivered, and each message's latency. */
export interface Load {
  senders: number;
  throughput: number;
  p50: number;
  p99: number;
}

export const percentile = (sorted: number[], p: number) =>
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

let run = 0;

/**
 * Every pair sends `perPair` messages, each as soon as the previous one is acknowledged; returns the messages
 * per second delivered to officers, and the send-to-ack latency of each message under that load.
 */
export async function throughput(pairs: Pair[], perPair: number): Promise<Load> {
  const tag = `load${++run} `;
  let delivered = 0;
  const total = pairs.length * perPair;
  const listeners: [Socket, (message: { text: string }) => void][] = [];
  const allDelivered = new Promise<void>((resolve) => {
    for (const pair of pairs) {
      const listener = (message: { text: string }) => {
        if (!message.text.startsWith(tag)) return;
        delivered++;
        if (delivered === total) resolve();
      };
      pair.officer.on('message:created', listener);
      listeners.push([pair.officer, listener]);
    }
  });
  const samples: number[] = [];
  const start = performance.now();
  await Promise.all(
    pairs.map(async (pair, p) => {
      for (let i = 0; i < perPair; i++) {
        const sent = performance.now();
        await pair.send(`${tag}${p} ${i}`);
        samples.push(performance.now() - sent);
      }
    }),
  );
  await allDelivered;
  const seconds = (performance.now() - start) / 1000;
  for (const [socket, listener] of listeners) socket.off('message:created', listener);
  samples.sort((a, b) => a - b);
  return {
    senders: pairs.length,
    throughput: total / seconds,
    p50: percentile(samples, 0.5),
    p99: percentile(samples, 0.99),
  };
}

/** The highest throughput among the levels whose p99 stays within the limit; 0 when none does. */
export function maxWithin(loads: Load[], p99Limit: number): number {
  return Math.max(0, ...loads.filter((load) => load.p99 <= p99Limit).map((load) => load.throughput));
}

/** The load whose throughput is the median of the rounds. */
export function median(loads: Load[]): Load {
  const sorted = [...loads].sort((a, b) => a.throughput - b.throughput);
  return sorted[Math.floor(sorted.length / 2)] as Load;
}
