import type { VisitorConversation } from '@pst/protocol';
import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { useFocusIfLost } from '../lib/focus.ts';
import type { SubmitResult } from '../models/consultation.ts';
import { RatingForm } from './RatingForm.tsx';
import { SurveyForm } from './SurveyForm.tsx';
import { TranscriptRequest } from './TranscriptRequest.tsx';

interface Props {
  t: Translate;
  conversation: VisitorConversation;
  onRate(score: number, comment: string): Promise<SubmitResult>;
  /** The office asks the IKM survey after the rating. */
  ikmSurvey?: boolean;
  onSurvey?(answers: number[]): Promise<SubmitResult>;
  onTranscript(): Promise<SubmitResult>;
  onStartOver(): void;
}

/**
 * After the chat closed: it says so, asks for a rating once (then the IKM survey where the office asks it), thanks, offers the transcript by e-mail and a new
 * consultation.
 */
export function ClosedPanel({ t, conversation, onRate, ikmSurvey, onSurvey, onTranscript, onStartOver }: Props) {
  const [rated, setRated] = useState(false);
  const score = conversation.rating?.score;
  const title = useRef<HTMLHeadingElement>(null);
  // The officer closed the chat: the composer that had the focus is gone; the rating comes next from here.
  useFocusIfLost(title);

  async function rate(value: number, comment: string) {
    const result = await onRate(value, comment);
    if (result.ok) setRated(true);
    return result;
  }

  return (
    <section class="closed-panel" data-testid="chat-closed" aria-labelledby="closed-title">
      <h2 id="closed-title" tabIndex={-1} ref={title}>
        {t('closed.title')}
      </h2>
      {rated || score ? (
        <p class="notice" role="status" data-testid="rating-thanks">
          {t('rating.thanks')} {score ? t('rating.yours', { n: score }) : ''}
        </p>
      ) : (
        <RatingForm t={t} onRate={rate} />
      )}
      {ikmSurvey && onSurvey && (rated || score) && (
        <SurveyForm t={t} done={Boolean(conversation.survey)} onSurvey={onSurvey} />
      )}
      <TranscriptRequest t={t} onRequest={onTranscript} />
      <button type="button" class="secondary" data-testid="new-consultation" onClick={onStartOver}>
        {t('consultation.new')}
      </button>
    </section>
  );
}
