import { describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  CONSENT_VERSION,
  cleanText,
  errorCodes,
  guestBookSchema,
  messageTextSchema,
  officeCodeSchema,
  registerVisitorSchema,
  restUrl,
  sendMessageSchema,
} from './index.ts';

describe('officeCodeSchema', () => {
  it.each(['5102', '7604'])('accepts %s', (code) => {
    expect(officeCodeSchema.parse(code)).toBe(code);
  });
  it.each(['510', '51020', 'abcd', { $ne: null }, 5102])('rejects %j', (code) => {
    expect(officeCodeSchema.safeParse(code).success).toBe(false);
  });
});

describe('message text', () => {
  it('is NFC-normalised, stripped of control characters and trimmed', () => {
    const decomposed = 'Penduduk Bali\u0301\u0000\u0007  ';
    expect(messageTextSchema.parse(` ${decomposed}`)).toBe('Penduduk Balí');
    expect(cleanText('a\r\nb\tc\u009f')).toBe('a\nb\tc');
    // Bidirectional overrides and isolates go; the Arabic letter mark, LRM and RLM stay.
    expect(cleanText('Made \u202Egnp.exe\u202C \u2066x\u2069 \u200Eok\u200F\u061C')).toBe(
      'Made gnp.exe x \u200Eok\u200F\u061C',
    );
  });
  it('rejects empty text and text over 4,000 characters', () => {
    expect(messageTextSchema.safeParse(' \u0000 ').success).toBe(false);
    expect(messageTextSchema.safeParse('x'.repeat(4000)).success).toBe(true);
    expect(messageTextSchema.safeParse('x'.repeat(4001)).success).toBe(false);
  });
  it('rejects operator objects where a string or id belongs', () => {
    const base = { conversationId: 'a'.repeat(24), clientMsgId: 'abcdefgh', text: 'halo' };
    expect(sendMessageSchema.safeParse(base).success).toBe(true);
    for (const bad of [{ $ne: null }, { $regex: '.*' }, { $where: '1' }]) {
      expect(sendMessageSchema.safeParse({ ...base, conversationId: bad }).success).toBe(false);
      expect(sendMessageSchema.safeParse({ ...base, text: bad }).success).toBe(false);
    }
  });
});

describe('guestBookSchema', () => {
  const valid = {
    name: 'Made Wirawan',
    email: ' Made@Example.ac.id ',
    phone: '+62 812-3456-7890',
    institution: 'Universitas Udayana',
    occupation: 'Mahasiswa',
    purpose: 'data',
    consent: true,
    consentVersion: CONSENT_VERSION,
  } as const;
  it('accepts a complete entry and lowercases the e-mail', () => {
    expect(guestBookSchema.parse(valid).email).toBe('made@example.ac.id');
  });
  it('requires consent and a valid e-mail', () => {
    expect(guestBookSchema.safeParse({ ...valid, consent: false }).success).toBe(false);
    expect(guestBookSchema.safeParse({ ...valid, email: 'made' }).success).toBe(false);
    expect(guestBookSchema.safeParse({ ...valid, purpose: 'gossip' }).success).toBe(false);
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

describe('inbound schemas are strict', () => {
  it.each([
    ['sendMessageSchema', sendMessageSchema, { conversationId: 'a'.repeat(24), clientMsgId: 'abcdefgh', text: 'x' }],
    ['guestBookSchema (nested in a registration)', registerVisitorSchema, { guestBook: {} }],
  ] as const)('%s names an unknown key', (_name, schema, valid) => {
    for (const key of ['$set', 'a.b', '$where']) {
      const parsed = schema.safeParse({ ...valid, [key]: 1 });
      expect(parsed.success).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toContain(key);
    }
  });
});

describe('the REST contract', () => {
  it('fills path parameters encoded and leaves out empty query values', () => {
    expect(restUrl('updateCanned', { code: '5102', id: 'a/b' })).toBe('/api/offices/5102/canned-responses/a%2Fb');
    expect(restUrl('listConversations', {}, { status: 'closed', q: '', page: 2 })).toBe(
      '/api/conversations?status=closed&page=2',
    );
    expect(() => restUrl('getConversation')).toThrow(/needs :id/);
  });

  it('is zod-free, so the UIs can import it as a value', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('./rest.ts', import.meta.url), 'utf8');
    const valueImports = source.split('\n').filter((line) => /^import (?!type )/.test(line));
    expect(valueImports).toEqual([]);
  });
});
