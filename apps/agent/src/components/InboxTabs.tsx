import { useT } from '../i18n/context.ts';

export type InboxTab = 'queue' | 'mine' | 'closed';

interface Props {
  tab: InboxTab;
  counts: { queue: number; mine: number; unread: number };
  onTab(tab: InboxTab): void;
}

/** Queue, Mine and Closed, with how many wait and how many are unread. */
export function InboxTabs({ tab, counts, onTab }: Props) {
  const t = useT();
  // Mine shows its unread messages in the alarm colour when there are any, else how many chats it holds.
  const tabs: { id: InboxTab; label: string; badge?: number; unread?: boolean }[] = [
    { id: 'queue', label: t('inbox.queue'), badge: counts.queue },
    { id: 'mine', label: t('inbox.mine'), badge: counts.unread || counts.mine, unread: counts.unread > 0 },
    { id: 'closed', label: t('inbox.closed') },
  ];
  return (
    <div class="tabs" role="tablist" aria-label={t('inbox.label')}>
      {tabs.map(({ id, label, badge, unread }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          onClick={() => onTab(id)}
        >
          {label}
          {badge ? <span class={unread ? 'count badge' : 'count'}>{badge}</span> : null}
        </button>
      ))}
    </div>
  );
}
