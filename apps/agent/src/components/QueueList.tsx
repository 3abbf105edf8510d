import type { ConversationSummary } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import type { DeadlineOf } from '../lib/deadline.ts';
import { elapsed } from '../lib/time.ts';
import { DueLabel } from './DueLabel.tsx';
import { ShowMore, useCapped } from './ShowMore.tsx';

interface Props {
  queue: readonly ConversationSummary[];
  now: number;
  deadlineOf: DeadlineOf;
  /** Manual routing lets officers take a chat; auto routing assigns it. */
  onAccept(id: string): void;
}

/** Waiting visitors, first in line first, with what they ask and how long they have waited; a long queue is capped. */
export function QueueList({ queue, now, deadlineOf, onAccept }: Props) {
  const t = useT();
  const { shown, more, showMore } = useCapped(queue);
  if (queue.length === 0) return <p class="empty">{t('queue.empty')}</p>;
  return (
    <>
      <ul class="list">
        {shown.map((line) => (
          <li key={line.id} class="list-item" data-testid="queue-item">
            <div class="line-head">
              <strong>{line.visitor.name}</strong>
              <span class="muted" title={t('queue.waitingSince')}>
                {elapsed(t, line.queuedAt ?? line.createdAt, now)}
              </span>
            </div>
            <div class="muted">
              {line.visitor.institution} · {t(`purpose.${line.visitor.purpose}`)}
              {line.channel !== 'web'
                ? ` · ${t(`queue.${line.channel}`)}`
                : line.offline
                  ? ` · ${t('queue.offline')}`
                  : ''}
            </div>
            <p class="question">{line.question}</p>
            <DueLabel {...deadlineOf(line)} />
            <button
              type="button"
              data-testid="accept-chat"
              aria-label={t('queue.acceptFrom', { name: line.visitor.name })}
              onClick={() => onAccept(line.id)}
            >
              {t('queue.accept')}
            </button>
          </li>
        ))}
      </ul>
      <ShowMore more={more} onShow={showMore} />
    </>
  );
}
