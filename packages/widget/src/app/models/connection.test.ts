import { describe, expect, it, vi } from 'vitest';
import { fakeTransport } from '../test-support/fake-transport.ts';
import { createConnectionModel } from './connection.ts';

describe('the connection model', () => {
  it('goes connecting → connected → reconnecting → connected, calling back on each connection', () => {
    const fake = fakeTransport();
    const model = createConnectionModel(fake.transport);
    const connected = vi.fn();
    model.onConnected(connected);
    model.start(() => ({ officeCode: '5102' }));
    expect(model.state.value).toBe('connecting');
    fake.up();
    expect(model.state.value).toBe('connected');
    fake.down();
    expect(model.state.value).toBe('reconnecting');
    fake.up();
    expect(model.state.value).toBe('connected');
    expect(connected).toHaveBeenCalledTimes(2);
  });

  it('says offline when the first attempt fails, or a reconnect keeps failing', () => {
    const fake = fakeTransport();
    const model = createConnectionModel(fake.transport, { failuresBeforeOffline: 2 });
    fake.fail();
    expect(model.state.value).toBe('offline');
    fake.up();
    fake.down();
    fake.fail();
    expect(model.state.value).toBe('reconnecting');
    fake.fail();
    expect(model.state.value).toBe('offline');
  });

  it('keeps the reason when the server refuses this page', () => {
    const fake = fakeTransport();
    const model = createConnectionModel(fake.transport);
    fake.fail('ORIGIN_NOT_ALLOWED');
    expect(model.state.value).toBe('offline');
    expect(model.refusal.value).toBe('ORIGIN_NOT_ALLOWED');
  });

  it('tries again after a refusal another handshake may change, not after a final one', () => {
    vi.useFakeTimers();
    const fake = fakeTransport();
    const model = createConnectionModel(fake.transport);
    model.start(() => ({ officeCode: '5102' }));
    fake.fail('UNAVAILABLE');
    expect(model.refusal.value).toBeUndefined();
    vi.advanceTimersByTime(5000);
    expect(fake.connects()).toBe(2);
    fake.fail('UNKNOWN_OFFICE');
    vi.advanceTimersByTime(60_000);
    expect(fake.connects()).toBe(2);
    expect(model.refusal.value).toBe('UNKNOWN_OFFICE');
    vi.useRealTimers();
  });

  it('says RATE_LIMITED while the server refuses for now, tries again later (15 s), and forgets it once connected', () => {
    vi.useFakeTimers();
    const fake = fakeTransport();
    const model = createConnectionModel(fake.transport);
    model.start(() => ({ officeCode: '5102' }));
    fake.fail('RATE_LIMITED');
    expect(model.refusal.value).toBe('RATE_LIMITED');
    expect(model.state.value).toBe('offline');
    vi.advanceTimersByTime(14_999);
    expect(fake.connects()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(fake.connects()).toBe(2);
    fake.up();
    expect(model.refusal.value).toBeUndefined();
    expect(model.state.value).toBe('connected');
    vi.useRealTimers();
  });
});
