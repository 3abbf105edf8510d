import type { Purpose } from '@pst/protocol';
import { purposes } from '@pst/protocol/constants';
import { useT } from '../i18n/context.ts';

/** The topic a consultation closes with: one of the guest book's purposes, named in the officer's language. */
export function TopicSelect({
  label,
  testId,
  value,
  onChange,
}: {
  label: string;
  testId: string;
  value: Purpose;
  onChange(topic: Purpose): void;
}) {
  const t = useT();
  return (
    <label>
      {label}
      <select value={value} data-testid={testId} onChange={(event) => onChange(event.currentTarget.value as Purpose)}>
        {purposes.map((purpose) => (
          <option key={purpose} value={purpose}>
            {t(`purpose.${purpose}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
