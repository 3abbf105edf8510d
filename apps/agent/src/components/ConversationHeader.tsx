import type { ConversationDetail } from '@pst/protocol';
import { useT } from '../i18n/context.ts';

interface Props {
  detail: ConversationDetail;
  /** The officer holds this chat, or supervises its office. */
  canAct: boolean;
  onTransfer(): void;
  onClose(): void;
}

/** Who the chat is with, its state, and the transfer and close actions. */
export function ConversationHeader({ detail, canAct, onTransfer, onClose }: Props) {
  const t = useT();
  const active = detail.status === 'active';
  return (
    <div class="conversation-header">
      <div>
        <h1 id="conversation-title">{detail.visitor.name}</h1>
        <span class="muted">
          {t(`status.${detail.status}`)}
          {detail.officerName ? ` · ${detail.officerName}` : ''}
          {detail.topic ? ` · ${t(`purpose.${detail.topic}`)}` : ''}
        </span>
        {(detail.channel === 'email' || detail.offline) && (
          <p class="muted" data-testid="answers-by-email">
            {t('conversation.answersByEmail', { email: detail.visitor.email })}
          </p>
        )}
      </div>
      {active && canAct && (
        <div class="actions">
          <button type="button" data-testid="transfer-chat" onClick={onTransfer}>
            {t('transfer.open')}
          </button>
          <button type="button" data-testid="close-chat" aria-keyshortcuts="Alt+C" onClick={onClose}>
            {t('close.open')}
          </button>
        </div>
      )}
    </div>
  );
}
