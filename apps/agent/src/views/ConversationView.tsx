import { createAttachments, uploadFile } from '@pst/client';
import type { OfficerSelf, Purpose } from '@pst/protocol';
import { useMemo, useState } from 'preact/hooks';
import { CloseDialog } from '../components/CloseDialog.tsx';
import { ConversationHeader } from '../components/ConversationHeader.tsx';
import { MessageList } from '../components/MessageList.tsx';
import { NotesPanel } from '../components/NotesPanel.tsx';
import { RatingStars } from '../components/RatingStars.tsx';
import { ReplyBox } from '../components/ReplyBox.tsx';
import { TopicPrompt } from '../components/TopicPrompt.tsx';
import { TransferDialog, transferTargets } from '../components/TransferDialog.tsx';
import { TypingIndicator } from '../components/TypingIndicator.tsx';
import { VisitorCard } from '../components/VisitorCard.tsx';
import { useT } from '../i18n/context.ts';
import type { DeadlineOf } from '../lib/deadline.ts';
import type { DraftsModel } from '../models/drafts.ts';
import type { WorkspaceModel } from '../models/workspace.ts';

export type ConversationDialog = 'transfer' | 'close' | null;

interface Props {
  id: string;
  me: OfficerSelf;
  workspace: WorkspaceModel;
  drafts: DraftsModel;
  deadlineOf: DeadlineOf;
  dialog: ConversationDialog;
  onDialog(dialog: ConversationDialog): void;
}

/** One conversation: transcript, reply box, visitor card, notes, transfer and close. */
export function ConversationView({ id, me, workspace, drafts, deadlineOf, dialog, onDialog }: Props) {
  const t = useT();
  const [sideOpen, setSideOpen] = useState(false);
  // The files of the next reply in this conversation, uploaded with the session cookie.
  const attachments = useMemo(
    () => createAttachments({ access: () => ({ conversationId: id }), upload: (request) => uploadFile(request) }),
    [id],
  );
  const model = workspace.find(id);
  const detail = model?.detail.value;
  if (!model || !detail) {
    return <p class="empty">{model?.syncError.value ? t('conversation.failed') : t('common.loading')}</p>;
  }
  const mine = detail.status === 'active' && detail.officerId === me.id;
  const supervises = me.role !== 'officer';

  const transfer = async (officerId: string) => {
    if (await workspace.transfer(id, officerId)) onDialog(null);
  };
  const close = async (topic: Purpose, summary: string) => {
    if (!(await workspace.close(id, topic, summary || undefined))) return;
    drafts.clear(id);
    onDialog(null);
  };

  return (
    // An article, not a region: the visitor card is the region named after the visitor (landmarks stay unique).
    <article class="conversation" aria-labelledby="conversation-title">
      <ConversationHeader
        detail={detail}
        canAct={mine || supervises}
        deadline={deadlineOf(detail)}
        onDeadlinePaused={(paused) => void workspace.setDeadlinePaused(id, paused)}
        onTransfer={() => onDialog('transfer')}
        onClose={() => onDialog('close')}
      />
      <div class="conversation-body">
        <div class="conversation-main">
          <MessageList
            messages={model.messages.value}
            outbox={model.outbox.value}
            onRetry={model.retry}
            readUpTo={detail.visitorReadSeq}
          />
          <TypingIndicator typing={model.visitorTyping.value} name={detail.visitor.name} />
          {mine && (
            <ReplyBox
              draft={drafts.drafts.value.get(id) ?? ''}
              canned={workspace.canned.of(detail.officeCode)}
              onDraft={(text) => drafts.set(id, text)}
              attachments={attachments}
              onSend={(text, files) => {
                drafts.clear(id);
                void model.send(text, files);
              }}
              onTyping={(typing) => workspace.setTyping(id, typing)}
            />
          )}
          {detail.status === 'closed' && !detail.topic && (supervises || detail.officerId === me.id) && (
            <TopicPrompt initialTopic={detail.visitor.purpose} onSave={(topic) => workspace.setTopic(id, topic)} />
          )}
          {mine && detail.channel === 'whatsapp' && detail.status === 'active' && (
            <p class="muted">
              {t('conversation.templateHint')}{' '}
              <button type="button" data-testid="send-template" onClick={() => void workspace.sendTemplate(id)}>
                {t('conversation.sendTemplate')}
              </button>
            </p>
          )}
          {detail.status === 'closed' && (
            <p class="closed-note">
              {t('conversation.closedOn', { topic: detail.topic ? t(`purpose.${detail.topic}`) : '—' })}
              {detail.summary ? ` ${detail.summary}` : ''}
            </p>
          )}
          {detail.status === 'closed' && (
            <p class="rating-note" data-testid="conversation-rating">
              {detail.rating ? (
                <>
                  {t('rating.given')} <RatingStars score={detail.rating.score} />
                  {detail.rating.comment ? ` “${detail.rating.comment}”` : ''}
                </>
              ) : (
                t('rating.none')
              )}
            </p>
          )}
        </div>
        {/* On a phone the visitor card and the notes fold away under one button (hidden on wider screens). */}
        <button
          type="button"
          class="link side-toggle"
          aria-expanded={sideOpen}
          aria-controls="conversation-side"
          data-testid="side-toggle"
          onClick={() => setSideOpen((open) => !open)}
        >
          {t('conversation.side')}
        </button>
        {/* Not an aside: a complementary landmark may not sit inside main, nor repeat the sidebar's. */}
        <div class="conversation-side" id="conversation-side" data-folded={sideOpen ? undefined : ''}>
          <VisitorCard
            detail={detail}
            onOpen={workspace.open}
            onComplete={
              detail.channel === 'email' && (mine || supervises)
                ? (input) => workspace.completeGuestBook(id, input)
                : undefined
            }
          />
          <NotesPanel
            notes={workspace.notes.notes.value.get(id) ?? []}
            onAdd={(text) => workspace.notes.add(id, text)}
          />
        </div>
      </div>
      {dialog === 'transfer' && (
        <TransferDialog
          officers={transferTargets(workspace.inbox.officers.value, detail.officerId)}
          onConfirm={transfer}
          onCancel={() => onDialog(null)}
        />
      )}
      {dialog === 'close' && (
        <CloseDialog initialTopic={detail.visitor.purpose} onConfirm={close} onCancel={() => onDialog(null)} />
      )}
    </article>
  );
}
