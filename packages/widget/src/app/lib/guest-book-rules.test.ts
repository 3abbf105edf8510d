import * as protocol from '@pst/protocol';
import { CONSENT_VERSION, MAX_MESSAGE_LENGTH, MAX_RATING_COMMENT_LENGTH } from '@pst/protocol/constants';
import { describe, expect, it } from 'vitest';
import { type GuestBookDraft, guestBookErrors, textError, toGuestBook } from './guest-book-rules.ts';

const valid: GuestBookDraft = {
  name: 'Made Wirawan',
  email: ' Made@Example.ac.id ',
  phone: '+62 812-3456-7890',
  institution: 'Universitas Udayana',
  occupation: 'Mahasiswa',
  purpose: 'data',
  consent: true,
};

// Each variant changes one field; the widget and the protocol's schema must agree on every one.
const variants: Partial<GuestBookDraft>[] = [
  {},
  { name: '' },
  { name: '   ' },
  { name: '\u0000\u0007' },
  { name: 'a'.repeat(120) },
  { name: 'a'.repeat(121) },
  { name: 'Made\nWirawan' },
  { name: 'Made\tWirawan' },
  { name: 'Ni Luh Putu Ayu Kusuma Dewi, S.Si.' },
  { email: '' },
  { email: 'made' },
  { email: 'made@example' },
  { email: 'made@@example.id' },
  { email: 'made.wirawan+pst@mail.example.ac.id' },
  { email: '.made@example.id' },
  { email: `${'a'.repeat(250)}@x.id` },
  { phone: '' },
  { phone: '0812' },
  { phone: '081234567890' },
  { phone: '(0361) 123-456' },
  { phone: '+62 812 3456 7890 ext 2' },
  { phone: `+${'1'.repeat(25)}` },
  { institution: '' },
  { institution: 'x'.repeat(200) },
  { institution: 'x'.repeat(201) },
  { occupation: 'x'.repeat(121) },
  { purpose: '' },
  { purpose: 'gossip' },
  { purpose: 'klasifikasi' },
  { purpose: 'lainnya' },
  { consent: false },
];

describe('the guest book rules', () => {
  it.each(variants)('agree with guestBookSchema: %j', (change) => {
    const draft = { ...valid, ...change };
    const widgetAccepts = Object.keys(guestBookErrors(draft)).length === 0;
    const schemaAccepts = protocol.guestBookSchema.safeParse({ ...draft, consentVersion: CONSENT_VERSION }).success;
    expect(widgetAccepts).toBe(schemaAccepts);
    if (widgetAccepts) {
      expect(toGuestBook(draft, CONSENT_VERSION)).toEqual(
        protocol.guestBookSchema.parse({ ...draft, consentVersion: CONSENT_VERSION }),
      );
    }
  });

  it('name the field and the reason', () => {
    expect(guestBookErrors({ ...valid, name: '', email: 'made', phone: 'x', purpose: '', consent: false })).toEqual({
      name: 'required',
      email: 'email',
      phone: 'phone',
      purpose: 'purpose',
      consent: 'consent',
    });
    expect(guestBookErrors({ ...valid, name: 'a\nb', institution: 'x'.repeat(201) })).toEqual({
      name: 'singleLine',
      institution: 'tooLong',
    });
  });

  it('check message text as the protocol does', () => {
    for (const text of ['', ' \u0000 ', 'x'.repeat(4000), 'x'.repeat(4001), ' Penduduk Bali\u0301 ']) {
      expect(textError(text, MAX_MESSAGE_LENGTH) === undefined).toBe(
        protocol.messageTextSchema.safeParse(text).success,
      );
    }
  });

  it('check rating comments as the protocol does', () => {
    const rating = { conversationId: 'a'.repeat(24), score: 4 };
    const longest = 'x'.repeat(MAX_RATING_COMMENT_LENGTH);
    for (const comment of [longest, `${longest}x`, ` ${longest} `, ' \u0000 ', 'Bagus']) {
      expect(textError(comment, MAX_RATING_COMMENT_LENGTH) === undefined).toBe(
        protocol.rateConversationSchema.safeParse({ ...rating, comment }).success,
      );
    }
  });
});
