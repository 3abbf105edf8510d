import type { VisitorConversation } from '@pst/protocol';
import type { Translate } from '../i18n/index.ts';

interface Props {
  t: Translate;
  conversation: VisitorConversation;
}

/** Where the visitor stands: their place in the queue, live, then who serves them. */
export function QueueStatus({ t, conversation }: Props) {
  if (conversation.status === 'active') {
    return (
      <p class="queue-status" role="status">
        {conversation.officerName ? t('chat.officer', { name: conversation.officerName }) : ''}
      </p>
    );
  }
  if (conversation.status !== 'queued') return null;
  return (
    <p class="queue-status" role="status" data-testid="queue-position">
      {conversation.queuePosition ? t('queue.position', { n: conversation.queuePosition }) : t('queue.waiting')}
    </p>
  );
}
