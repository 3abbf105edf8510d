import type { ConversationSummary } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import { elapsed } from '../lib/time.ts';

/** The office's live queue for the supervisor: who waits, since when, for what. */
export function OfficeQueueTable({ queue, now }: { queue: readonly ConversationSummary[]; now: number }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="office-queue-title">
      <h2 id="office-queue-title">{t('supervisor.queue', { n: queue.length })}</h2>
      {queue.length === 0 ? (
        <p class="muted">{t('queue.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('supervisor.visitor')}</th>
              <th>{t('visitor.purpose')}</th>
              <th>{t('supervisor.question')}</th>
              <th>{t('supervisor.waiting')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((line) => (
              <tr key={line.id}>
                <td>
                  {line.visitor.name}
                  <div class="muted">{line.visitor.institution}</div>
                </td>
                <td>{t(`purpose.${line.visitor.purpose}`)}</td>
                <td>
                  <span class="clamp">{line.question}</span>
                </td>
                <td>{elapsed(t, line.queuedAt ?? line.createdAt, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
