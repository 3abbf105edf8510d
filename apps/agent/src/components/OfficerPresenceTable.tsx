import type { OfficerPresence } from '@pst/protocol';
import { useT } from '../i18n/context.ts';

/** Every officer of the office: chosen presence, whether a tab is open, and chats held against the limit. */
export function OfficerPresenceTable({ officers }: { officers: readonly OfficerPresence[] }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="presence-title">
      <h2 id="presence-title">{t('supervisor.officers')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('supervisor.name')}</th>
            <th>{t('presence.label')}</th>
            <th>{t('supervisor.load')}</th>
          </tr>
        </thead>
        <tbody>
          {officers.map((officer) => (
            <tr key={officer.id}>
              <td>
                {officer.name}
                <div class="muted">{t(`role.${officer.role}`)}</div>
              </td>
              <td>
                <span class={`dot presence-${officer.status}`} aria-hidden="true" />
                {t(`presence.${officer.status}`)}
                {!officer.connected && <span class="muted"> · {t('supervisor.noTab')}</span>}
              </td>
              <td>{t('supervisor.loadValue', { load: officer.activeChats, max: officer.maxChats })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
