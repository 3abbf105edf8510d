import { describe, expect, it, vi } from 'vitest';
import { createFakeTransport } from '../testing/fake-transport.ts';
import { createConnectionModel } from './connection.ts';

describe('connection model', () => {
  it('goes connecting → connected → reconnecting → connected, and says which connection was the first', () => {
    const fake = createFakeTransport();
    const onConnected = vi.fn();
    const connection = createConnectionModel(fake.transport, { onConnected, onUnauthenticated: vi.fn() });
    connection.start();
    expect(fake.opened()).toBe(1);
    expect(connection.state.value).toBe('connecting');
    fake.status({ kind: 'retrying' });
    expect(connection.state.value).toBe('connecting');
    fake.status({ kind: 'connected' });
    expect(connection.state.value).toBe('connected');
    fake.status({ kind: 'lost' });
    expect(connection.state.value).toBe('reconnecting');
    fake.status({ kind: 'connected' });
    expect(onConnected.mock.calls).toEqual([[true], [false]]);
  });

  it('reports an ended session once and retries other refusals later', () => {
    vi.useFakeTimers();
    const fake = createFakeTransport();
    const onUnauthenticated = vi.fn();
    const connection = createConnectionModel(fake.transport, { onConnected: vi.fn(), onUnauthenticated });
    connection.start();
    fake.status({ kind: 'refused', code: 'UNAVAILABLE' });
    expect(connection.state.value).toBe('offline');
    vi.advanceTimersByTime(5000);
    expect(fake.opened()).toBe(2);
    fake.status({ kind: 'refused', code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60_000);
    expect(fake.opened()).toBe(2);
    vi.useRealTimers();
  });

  it('is offline while the browser has no network', () => {
    const fake = createFakeTransport();
    const network = Object.assign(new EventTarget(), { navigator: { onLine: true } });
    const connection = createConnectionModel(fake.transport, {
      onConnected: vi.fn(),
      onUnauthenticated: vi.fn(),
      network,
    });
    connection.start();
    fake.status({ kind: 'connected' });
    network.dispatchEvent(new Event('offline'));
    expect(connection.state.value).toBe('offline');
    network.dispatchEvent(new Event('online'));
    expect(connection.state.value).toBe('connected');
  });
});
