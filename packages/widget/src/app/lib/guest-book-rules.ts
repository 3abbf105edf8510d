import type { GuestBook, Purpose } from '@pst/protocol';
import { cleanText, guestBookLimits, PHONE_PATTERN, purposes } from '@pst/protocol/constants';

// The guest book's rules, as `guestBookSchema` in @pst/protocol states them, from the constants it is built
// from. The chat UI cannot import that schema: zod alone would add about 30 KB gzip to a 40 KB budget.
// guest-book-rules.test.ts checks these rules against the schema itself, so the two cannot drift apart
// unnoticed; the server parses with the schema anyway.

/** What the form holds while the visitor types. */
export interface GuestBookDraft {
  name: string;
  email: string;
  phone: string;
  institution: string;
  occupation: string;
  purpose: string;
  consent: boolean;
}
export type GuestBookField = keyof GuestBookDraft;

/** Why a field is not acceptable; each has a sentence in the catalogue (`error.<reason>`). */
export type FieldError = 'required' | 'tooLong' | 'singleLine' | 'email' | 'phone' | 'purpose' | 'consent';

// zod's e-mail pattern, which the schema applies; the widget cannot import it.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The error of free text of at most `max` characters, if any (protocol's textSchema). */
export function textError(text: string, max: number): FieldError | undefined {
  if (text.length > max * 2) return 'tooLong';
  const clean = cleanText(text);
  if (!clean) return 'required';
  return clean.length > max ? 'tooLong' : undefined;
}

function lineError(text: string, max: number): FieldError | undefined {
  return textError(text, max) ?? (/[\n\t]/.test(cleanText(text)) ? 'singleLine' : undefined);
}

/** Every field's error; an empty object when the guest book can be sent. */
export function guestBookErrors(draft: GuestBookDraft): Partial<Record<GuestBookField, FieldError>> {
  const email = draft.email.trim();
  const errors: Partial<Record<GuestBookField, FieldError | undefined>> = {
    name: lineError(draft.name, guestBookLimits.name),
    email: !email ? 'required' : email.length > guestBookLimits.email || !EMAIL.test(email) ? 'email' : undefined,
    phone: !draft.phone.trim() ? 'required' : PHONE_PATTERN.test(draft.phone.trim()) ? undefined : 'phone',
    institution: lineError(draft.institution, guestBookLimits.institution),
    occupation: lineError(draft.occupation, guestBookLimits.occupation),
    purpose: (purposes as readonly string[]).includes(draft.purpose) ? undefined : 'purpose',
    consent: draft.consent ? undefined : 'consent',
  };
  for (const field of Object.keys(errors) as GuestBookField[]) if (!errors[field]) delete errors[field];
  return errors as Partial<Record<GuestBookField, FieldError>>;
}

/** The guest book as `visitor:register` takes it; call only when `guestBookErrors` is empty. */
export function toGuestBook(draft: GuestBookDraft, consentVersion: string): GuestBook {
  return {
    name: cleanText(draft.name),
    email: draft.email.trim().toLowerCase(),
    phone: draft.phone.trim(),
    institution: cleanText(draft.institution),
    occupation: cleanText(draft.occupation),
    purpose: draft.purpose as Purpose,
    consent: true,
    consentVersion,
  };
}
