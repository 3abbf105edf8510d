import type { ConversationSummary } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import type { DeadlineOf } from '../lib/deadline.ts';
import { DueLabel } from './DueLabel.tsx';
import { ShowMore, useCapped } from './ShowMore.tsx';

interface Props {
  mine: readonly ConversationSummary[];
  unread: ReadonlyMap<string, number>;
  openId: string | null;
  deadlineOf: DeadlineOf;
  onOpen(id: string): void;
}

/** The officer's active chats with their last message and unread count; a long list is capped. */
export function MineList({ mine, unread, openId, deadlineOf, onOpen }: Props) {
  const t = useT();
  const { shown, more, showMore } = useCapped(mine);
  if (mine.length === 0) return <p class="empty">{t('mine.empty')}</p>;
  return (
    <>
      <ul class="list">
        {shown.map((chat) => {
          const count = unread.get(chat.id) ?? 0;
          return (
            <li key={chat.id}>
              <button
                type="button"
                class="list-item conversation-item"
                data-testid="conversation-item"
                aria-current={chat.id === openId}
                onClick={() => onOpen(chat.id)}
              >
                <span class="line-head">
                  <strong>{chat.visitor.name}</strong>
                  {count > 0 && (
                    <>
                      <span class="sr-only">{t('mine.unread', { n: count })}</span>
                      <span class="badge" data-testid="unread-count" aria-hidden="true">
                        {count}
                      </span>
                    </>
                  )}
                </span>
                <span class="muted ellipsis">{chat.lastMessage ?? chat.question}</span>
                <DueLabel {...deadlineOf(chat)} />
              </button>
            </li>
          );
        })}
      </ul>
      <ShowMore more={more} onShow={showMore} />
    </>
  );
}
