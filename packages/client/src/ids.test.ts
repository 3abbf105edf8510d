import { CLIENT_MSG_ID_PATTERN } from '@pst/protocol/constants';
import { describe, expect, it } from 'vitest';
import { newClientMsgId } from './ids.ts';

describe('newClientMsgId', () => {
  it('makes ids the protocol accepts, a new one each time', () => {
    const made = Array.from({ length: 100 }, newClientMsgId);
    for (const id of made) expect(id).toMatch(CLIENT_MSG_ID_PATTERN);
    expect(new Set(made).size).toBe(made.length);
  });
});
