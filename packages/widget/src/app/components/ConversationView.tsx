import type { OfficePublic } from '@pst/protocol';
import type { Translate } from '../i18n/index.ts';
import type { Consultation } from '../models/consultation.ts';
import { Announcer } from './Announcer.tsx';
import { Composer } from './Composer.tsx';
import { EndConsultation } from './EndConsultation.tsx';
import { LazyClosedPanel } from './LazyClosedPanel.tsx';
import { MessageList } from './MessageList.tsx';
import { OfflineSent } from './OfflineSent.tsx';
import { QueueStatus } from './QueueStatus.tsx';
import { TypingIndicator } from './TypingIndicator.tsx';

interface Props {
  t: Translate;
  office: OfficePublic | undefined;
  consultation: Consultation;
}

/** A conversation at any stage: waiting in the queue or as an offline message, chatting, closed. */
export function ConversationView({ t, office, consultation }: Props) {
  const { conversation, outbox, typing } = consultation;
  const current = conversation.current.value;
  if (!current) return null;
  const messages = conversation.messages.value;
  const closed = current.status === 'closed';
  const officerTyping = !closed && typing.officerTyping.value;

  return (
    <div class="conversation">
      {!closed && (
        <div class="conversation-bar">
          {current.offline && current.status === 'queued' ? (
            <OfflineSent t={t} office={office} conversation={current} />
          ) : (
            <QueueStatus t={t} conversation={current} />
          )}
          <EndConsultation t={t} onEnd={() => void consultation.end()} />
        </div>
      )}
      <MessageList
        t={t}
        messages={messages}
        pending={outbox.entries.value.filter((entry) => entry.conversationId === current.id)}
        onRetry={(clientMsgId) => {
          outbox.retry(clientMsgId);
          void outbox.flush();
        }}
        trailing={`${officerTyping}:${current.status}:${current.rating?.score ?? ''}:${Boolean(current.survey)}:${current.officerReadSeq ?? 0}`}
        readUpTo={current.officerReadSeq}
      >
        {officerTyping && <TypingIndicator t={t} officerName={current.officerName} />}
        {closed && (
          <LazyClosedPanel
            t={t}
            conversation={current}
            onRate={consultation.rate}
            ikmSurvey={office?.ikmSurvey ?? false}
            onSurvey={consultation.survey}
            onTranscript={consultation.requestTranscript}
            onStartOver={consultation.startOver}
          />
        )}
      </MessageList>
      {!closed && (
        <Composer
          t={t}
          fileAccess={consultation.fileAccess}
          onSend={consultation.send}
          onTyping={consultation.typing.visitorTyped}
          onStopTyping={consultation.typing.visitorStopped}
        />
      )}
      <Announcer t={t} messages={messages} />
    </div>
  );
}
