import type { OfficeAuditEntry, OfficeSettingChange } from '@pst/protocol';
import { useT } from '../../i18n/context.ts';

const shown = (value: unknown) =>
  typeof value === 'object' && value !== null ? Object.values(value).join(' ') : value;
const list = (items: readonly unknown[] | undefined) => (items ?? []).map(shown).join(', ');

function describe(change: OfficeSettingChange): string {
  if (change.added || change.removed) {
    return [
      change.added?.length ? `+ ${list(change.added)}` : '',
      change.removed?.length ? `− ${list(change.removed)}` : '',
    ]
      .filter(Boolean)
      .join('; ');
  }
  return `${shown(change.before) ?? '∅'} → ${shown(change.after) ?? '∅'}`;
}

/** Who changed the office's settings, when, and what: newest first. */
export function OfficeAuditList({ entries, timeZone }: { entries: readonly OfficeAuditEntry[]; timeZone: string }) {
  const t = useT();
  const when = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <section class="card" aria-labelledby="audit-title" data-testid="settings-audit">
      <h2 id="audit-title">{t('settings.audit')}</h2>
      {entries.length === 0 && <p class="muted">{t('settings.auditEmpty')}</p>}
      <ul class="audit">
        {entries.map((entry) => (
          <li key={entry.id} data-testid="audit-entry">
            <strong>{entry.by.kind === 'officer' ? entry.by.name : t('settings.byCli')}</strong>{' '}
            <span class="muted">{when.format(new Date(entry.at))}</span>
            <ul>
              {entry.changes.map((change) => (
                <li key={change.field}>
                  <code>{change.field}</code>: {describe(change)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
