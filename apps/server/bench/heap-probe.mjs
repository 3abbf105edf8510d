// Preloaded into a benchmarked server process (`node --expose-gc --import ./bench/heap-probe.mjs …`):
// answers the parent's "heap" message with its memory after a full garbage collection.
process.on('message', (message) => {
  if (message !== 'heap') return;
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.send?.({ heapUsed, rss });
});
