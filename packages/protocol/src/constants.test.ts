import { readFileSync } from 'node:fs';
import * as constants from '@pst/protocol/constants';
import { describe, expect, it } from 'vitest';
import {
  authorKindSchema,
  errorCodeSchema,
  guestBookSchema,
  languageSchema,
  MAX_MESSAGE_LENGTH,
  messageTextSchema,
  purposeSchema,
  rateConversationSchema,
  systemEventSchema,
} from './index.ts';

describe('the zod-free entry', () => {
  it('imports nothing, so a UI that uses it bundles no zod', () => {
    const source = readFileSync(new URL('./constants.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export)\b[^;]*\bfrom\s/m);
    expect(source).not.toMatch(/\bimport\s*\(/);
  });

  it('is what the main entry exports too', () => {
    expect(MAX_MESSAGE_LENGTH).toBe(constants.MAX_MESSAGE_LENGTH);
  });

  it('holds the enums the schemas accept', () => {
    expect(languageSchema.options).toEqual([...constants.languages]);
    expect(purposeSchema.options).toEqual([...constants.purposes]);
    expect(authorKindSchema.options).toEqual([...constants.authorKinds]);
    expect(systemEventSchema.options).toEqual([...constants.systemEvents]);
    expect(errorCodeSchema.options).toEqual(Object.keys(constants.errorCodes));
  });

  it('holds the limits the schemas enforce', () => {
    const max = constants.MAX_MESSAGE_LENGTH;
    expect(messageTextSchema.safeParse('x'.repeat(max)).success).toBe(true);
    expect(messageTextSchema.safeParse('x'.repeat(max + 1)).success).toBe(false);
    const rating = { conversationId: 'a'.repeat(24), score: 5 };
    const longest = 'x'.repeat(constants.MAX_RATING_COMMENT_LENGTH);
    expect(rateConversationSchema.safeParse({ ...rating, comment: longest }).success).toBe(true);
    expect(rateConversationSchema.safeParse({ ...rating, comment: `${longest}x` }).success).toBe(false);

    const entry = {
      name: 'Made',
      email: 'made@example.id',
      phone: '081234567890',
      institution: 'Unud',
      occupation: 'Mahasiswa',
      purpose: 'data',
      consent: true,
      consentVersion: constants.CONSENT_VERSION,
    };
    expect(guestBookSchema.safeParse(entry).success).toBe(true);
    for (const field of ['name', 'institution', 'occupation'] as const) {
      const limit = constants.guestBookLimits[field];
      expect(guestBookSchema.safeParse({ ...entry, [field]: 'x'.repeat(limit) }).success, field).toBe(true);
      expect(guestBookSchema.safeParse({ ...entry, [field]: 'x'.repeat(limit + 1) }).success, field).toBe(false);
    }
    const email = `${'a'.repeat(constants.guestBookLimits.email - 8)}@mail.id`;
    expect(guestBookSchema.safeParse({ ...entry, email }).success).toBe(true);
    expect(guestBookSchema.safeParse({ ...entry, email: `a${email}` }).success).toBe(false);
  });
});
