import { describe, expect, it } from 'vitest';
import { apiErrorSchema, errorCodes, officeCodeSchema, officeStatusSchema } from './index.ts';

describe('officeCodeSchema', () => {
  it.each(['5102', '7604'])('accepts %s', (code) => {
    expect(officeCodeSchema.parse(code)).toBe(code);
  });
  it.each(['510', '51020', 'abcd', { $ne: null }, 5102])('rejects %j', (code) => {
    expect(officeCodeSchema.safeParse(code).success).toBe(false);
  });
});

describe('officeStatusSchema', () => {
  it('takes an ISO time with its offset', () => {
    const status = { officeCode: '5102', open: false, nextOpenAt: '2026-11-23T08:00:00+08:00' };
    expect(officeStatusSchema.parse(status)).toEqual(status);
  });
  it('rejects an operator object in place of a boolean', () => {
    expect(officeStatusSchema.safeParse({ officeCode: '5102', open: { $ne: null } }).success).toBe(false);
  });
});

describe('apiErrorSchema', () => {
  it('knows every code of the error map and nothing else', () => {
    for (const code of Object.keys(errorCodes)) {
      expect(apiErrorSchema.safeParse({ code, message: 'x' }).success).toBe(true);
    }
    expect(apiErrorSchema.safeParse({ code: 'NOPE', message: 'x' }).success).toBe(false);
  });
});
