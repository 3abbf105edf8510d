import type { OfficeAdmin, UpdateOfficeInput } from '@pst/protocol';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';

type Rules = Pick<
  OfficeAdmin,
  'routingMode' | 'maxChatsPerOfficer' | 'responseDeadlineDays' | 'inactivityCloseDays' | 'retentionDays' | 'ikmSurvey'
>;

const numbers = [
  ['maxChatsPerOfficer', 'settings.maxChats', 50],
  ['responseDeadlineDays', 'settings.deadlineDays', 30],
  ['inactivityCloseDays', 'settings.closeDays', 90],
  ['retentionDays', 'settings.retentionDays', 3650],
] as const;

/** How the desk works: routing, chats per officer, the answer deadline, the auto-close and retention, in days. */
export function DeskRules({ office, onSave }: { office: Rules; onSave(change: UpdateOfficeInput): Promise<boolean> }) {
  const t = useT();
  const pick = (): Rules => ({
    routingMode: office.routingMode,
    maxChatsPerOfficer: office.maxChatsPerOfficer,
    responseDeadlineDays: office.responseDeadlineDays,
    inactivityCloseDays: office.inactivityCloseDays,
    retentionDays: office.retentionDays,
    ikmSurvey: office.ikmSurvey,
  });
  const [rules, setRules] = useState<Rules>(pick);
  const [saved, setSaved] = useState(false);
  // A new office, or the copy the server stored, resets the form.
  useEffect(() => setRules(pick()), [office]);
  const edit = (next: Rules) => {
    setRules(next);
    setSaved(false);
  };

  return (
    <section class="card" aria-labelledby="desk-title" data-testid="settings-desk">
      <h2 id="desk-title">{t('settings.desk')}</h2>
      <form
        class="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(await onSave(rules));
        }}
      >
        <label>
          {t('settings.routing')}
          <select
            value={rules.routingMode}
            onChange={(e) => edit({ ...rules, routingMode: e.currentTarget.value as Rules['routingMode'] })}
          >
            <option value="auto">{t('settings.routing.auto')}</option>
            <option value="manual">{t('settings.routing.manual')}</option>
          </select>
        </label>
        {numbers.map(([key, label, max]) => (
          <label key={key}>
            {t(label)}
            <input
              type="number"
              min={1}
              max={max}
              required
              value={rules[key]}
              onInput={(e) => edit({ ...rules, [key]: e.currentTarget.valueAsNumber })}
            />
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            data-testid="settings-ikm"
            checked={rules.ikmSurvey}
            onChange={(e) => edit({ ...rules, ikmSurvey: e.currentTarget.checked })}
          />
          {t('settings.ikmSurvey')}
        </label>
        <button type="submit" data-testid="settings-save">
          {t('common.save')}
        </button>
        {saved && <span role="status">{t('settings.saved')}</span>}
      </form>
    </section>
  );
}
