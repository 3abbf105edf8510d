import type { CompleteGuestBookInput, Purpose, VisitorProfile } from '@pst/protocol';
import { purposes } from '@pst/protocol/constants';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';

interface Props {
  visitor: VisitorProfile;
  onSave(input: CompleteGuestBookInput): Promise<boolean>;
  onCancel(): void;
}

type TextField = 'name' | 'phone' | 'institution' | 'occupation';
const textFields: TextField[] = ['name', 'phone', 'institution', 'occupation'];

/** The guest book of a visitor who wrote by e-mail, for the officer to complete from the conversation. */
export function GuestBookEditor({ visitor, onSave, onCancel }: Props) {
  const t = useT();
  const [values, setValues] = useState<Record<TextField, string>>({
    name: visitor.name,
    phone: visitor.phone,
    institution: visitor.institution,
    occupation: visitor.occupation,
  });
  const [purpose, setPurpose] = useState<Purpose>(visitor.purpose);
  const [busy, setBusy] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    // Only what was filled in: an empty field stays as it was.
    const filled = Object.fromEntries(textFields.map((f) => [f, values[f].trim()]).filter(([, value]) => value));
    setBusy(true);
    const saved = await onSave({ ...filled, purpose });
    setBusy(false);
    if (saved) onCancel();
  }

  return (
    <form class="guest-book-editor" data-testid="guest-book-editor" onSubmit={save}>
      {textFields.map((field) => (
        <label key={field}>
          {t(`visitor.${field}`)}
          <input
            value={values[field]}
            data-testid={`guest-book-${field}`}
            onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
          />
        </label>
      ))}
      <label>
        {t('visitor.purpose')}
        <select
          value={purpose}
          data-testid="guest-book-purpose"
          onChange={(event) => setPurpose(event.currentTarget.value as Purpose)}
        >
          {purposes.map((value) => (
            <option key={value} value={value}>
              {t(`purpose.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid="guest-book-save">
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
