import type { OfficeDesk, Reminder } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import { formatOfficeTime } from '../lib/deadline.ts';

interface Props {
  reminders: readonly Reminder[];
  desks: ReadonlyMap<string, OfficeDesk>;
  onOpen(conversationId: string): void;
  onDismiss(id: string): void;
}

/** Deadline reminders for this officer: due in one working day (their chats) or overdue (as supervisor). */
export function RemindersPanel({ reminders, desks, onOpen, onDismiss }: Props) {
  const t = useT();
  if (reminders.length === 0) return null;
  return (
    <section class="reminders" aria-label={t('reminder.title')}>
      <h2>{t('reminder.title')}</h2>
      <ul class="list">
        {reminders.map((reminder) => (
          <li key={reminder.id} class={`reminder reminder-${reminder.kind}`} data-testid="reminder">
            <strong>{t(`reminder.${reminder.kind}`)}</strong>
            <span>
              {t('reminder.line', {
                name: reminder.visitorName,
                at: formatOfficeTime(reminder.dueAt, desks.get(reminder.officeCode), t.lang),
              })}
            </span>
            <span class="actions">
              <button type="button" onClick={() => onOpen(reminder.conversationId)}>
                {t('reminder.open')}
              </button>
              <button type="button" onClick={() => onDismiss(reminder.id)}>
                {t('common.dismiss')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
