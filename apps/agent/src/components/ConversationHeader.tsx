import type { ConversationDetail, OfficeDesk } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import { type DeadlineView, formatOfficeTime } from '../lib/deadline.ts';
import { DueLabel } from './DueLabel.tsx';

interface Props {
  detail: ConversationDetail;
  /** The officer holds this chat, or supervises its office. */
  canAct: boolean;
  deadline: { view: DeadlineView; desk: OfficeDesk | undefined };
  /** True: "waiting for the visitor" (the clock stops); false: "request complete" (it restarts). */
  onDeadlinePaused(paused: boolean): void;
  onTransfer(): void;
  onClose(): void;
}

/** Who the chat is with, its state, and the transfer and close actions. */
export function ConversationHeader({ detail, canAct, deadline, onDeadlinePaused, onTransfer, onClose }: Props) {
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
        {(detail.channel === 'email' || (detail.channel === 'web' && detail.offline)) && (
          <p class="muted" data-testid="answers-by-email">
            {t('conversation.answersByEmail', { email: detail.visitor.email })}
          </p>
        )}
        {(detail.channel === 'telegram' || detail.channel === 'whatsapp') && (
          <p class="muted" data-testid="answers-by-app">
            {t('conversation.answersByApp', { app: t(`chatChannels.${detail.channel}`) })}
          </p>
        )}
        <div class="deadline-line">
          <DueLabel {...deadline} />
          {deadline.view.closesAt && (
            <span class="muted" data-testid="auto-close-at">
              {t('deadline.closesAt', { at: formatOfficeTime(deadline.view.closesAt, deadline.desk, t.lang) })}
            </span>
          )}
        </div>
      </div>
      {active && canAct && (
        <div class="actions">
          {deadline.view.paused ? (
            <button type="button" data-testid="deadline-resume" onClick={() => onDeadlinePaused(false)}>
              {t('deadline.resume')}
            </button>
          ) : (
            <button type="button" data-testid="deadline-pause" onClick={() => onDeadlinePaused(true)}>
              {t('deadline.pause')}
            </button>
          )}
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
