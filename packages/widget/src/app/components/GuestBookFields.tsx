import { purposes } from '@pst/protocol/constants';
import type { Translate } from '../i18n/index.ts';
import type { FieldError, GuestBookDraft, GuestBookField } from '../lib/guest-book-rules.ts';
import { SelectField, TextField } from './FormFields.tsx';

interface Props {
  t: Translate;
  draft: GuestBookDraft;
  /** The errors to show now (of fields left or after a submit). */
  errors: Partial<Record<GuestBookField, FieldError>>;
  onChange(change: Partial<GuestBookDraft>): void;
  onLeave(field: GuestBookField): void;
}

const textFields = [
  { name: 'name', autoComplete: 'name', type: 'text' },
  { name: 'email', autoComplete: 'email', type: 'email' },
  { name: 'phone', autoComplete: 'tel', type: 'tel' },
  { name: 'institution', autoComplete: 'organization', type: 'text' },
  { name: 'occupation', autoComplete: 'organization-title', type: 'text' },
] as const;

/** The guest book's personal fields (buku tamu), filled once per visitor. */
export function GuestBookFields({ t, draft, errors, onChange, onLeave }: Props) {
  const message = (field: GuestBookField) => {
    const error = errors[field];
    return error ? t(`error.${error}`) : undefined;
  };
  return (
    <>
      {textFields.map(({ name, autoComplete, type }) => (
        <TextField
          key={name}
          name={name}
          type={type}
          autoComplete={autoComplete}
          label={t(`guestbook.${name}`)}
          testId={`guestbook-${name}`}
          value={draft[name]}
          maxLength={500}
          error={message(name)}
          onInput={(value) => onChange({ [name]: value })}
          onBlur={() => onLeave(name)}
        />
      ))}
      <SelectField
        name="purpose"
        label={t('guestbook.purpose')}
        testId="guestbook-purpose"
        placeholder={t('guestbook.purposeChoose')}
        value={draft.purpose}
        options={purposes.map((purpose) => ({ value: purpose, label: t(`purpose.${purpose}`) }))}
        error={message('purpose')}
        onChange={(purpose) => onChange({ purpose })}
        onBlur={() => onLeave('purpose')}
      />
    </>
  );
}
