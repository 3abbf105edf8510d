import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTypingModel } from './typing.ts';

describe('typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends one start per burst of keys and one stop after a pause', () => {
    const send = vi.fn();
    const typing = createTypingModel({ send, pauseMs: 3000 });
    for (let key = 0; key < 10; key++) {
      typing.visitorTyped();
      vi.advanceTimersByTime(500);
    }
    expect(send.mock.calls).toEqual([[true]]);
    vi.advanceTimersByTime(3000);
    expect(send.mock.calls).toEqual([[true], [false]]);
  });

  it('stops at once when the visitor sends', () => {
    const send = vi.fn();
    const typing = createTypingModel({ send });
    typing.visitorTyped();
    typing.visitorStopped();
    typing.visitorStopped();
    expect(send.mock.calls).toEqual([[true], [false]]);
  });

  it("clears the officer's indicator when their stop never arrives", () => {
    const typing = createTypingModel({ send: () => {}, officerTimeoutMs: 10_000 });
    typing.officerChanged(true);
    expect(typing.officerTyping.value).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(typing.officerTyping.value).toBe(false);
  });
});
