import { describe, expect, it } from 'vitest';
import { message } from '../testing/fixtures.ts';
import { unanswered } from '../transport/transport.ts';
import { sendOutcome } from './send-outcome.ts';

const refusedBy = (code: 'CONVERSATION_CLOSED' | 'UNAVAILABLE') => ({
  ok: false as const,
  error: { code, message: '' },
});

describe('the outcome of a send', () => {
  it('is sent with the stored message, or lost when it never left', () => {
    expect(sendOutcome({ ok: true, data: message(1) })).toEqual({ kind: 'sent', message: message(1) });
    expect(sendOutcome(unanswered('offline'))).toEqual({ kind: 'lost' });
    expect(sendOutcome(unanswered('offline'), { waitWhenUnavailable: true })).toEqual({ kind: 'lost' });
  });

  it('is refused, with the server’s code, when the server says no', () => {
    expect(sendOutcome(refusedBy('CONVERSATION_CLOSED'))).toEqual({ kind: 'refused', error: 'CONVERSATION_CLOSED' });
    expect(sendOutcome(refusedBy('CONVERSATION_CLOSED'), { waitWhenUnavailable: true })).toEqual({
      kind: 'refused',
      error: 'CONVERSATION_CLOSED',
    });
  });

  it('is refused when unanswered in time, or waits for the next connection with waitWhenUnavailable', () => {
    expect(sendOutcome(unanswered('timeout'))).toEqual({ kind: 'refused' });
    expect(sendOutcome(refusedBy('UNAVAILABLE'))).toEqual({ kind: 'refused', error: 'UNAVAILABLE' });
    expect(sendOutcome(unanswered('timeout'), { waitWhenUnavailable: true })).toEqual({ kind: 'lost' });
    expect(sendOutcome(refusedBy('UNAVAILABLE'), { waitWhenUnavailable: true })).toEqual({ kind: 'lost' });
  });
});
