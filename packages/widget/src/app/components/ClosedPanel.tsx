import type { VisitorConversation } from '@pst/protocol';
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import type { SubmitResult } from '../models/consultation.ts';
import { RatingForm } from './RatingForm.tsx';
import { TranscriptRequest } from './TranscriptRequest.tsx';

interface Props {
  t: Translate;
  conversation: VisitorConversation;
  onRate(score: number, comment: string): Promise<SubmitResult>;
  onTranscript(): Promise<SubmitResult>;
  onStartOver(): void;
}

/**
 * After the chat closed: it says so, asks for a rating once, thanks, offers the transcript by e-mail and a new
 * consultation.
 */
export function ClosedPanel({ t, conversation, onRate, onTranscript, onStartOver }: Props) {
  const [rated, setRated] = useState(false);
  const score = conversation.rating?.score;

  async function rate(value: number, comment: string) {
    const result = await onRate(value, comment);
    if (result.ok) setRated(true);
    return result;
  }

  return (
    <section class="closed-panel" data-testid="chat-closed" aria-labelledby="closed-title">
      <h2 id="closed-title">{t('closed.title')}</h2>
      {rated || score ? (
        <p class="notice" role="status" data-testid="rating-thanks">
          {t('rating.thanks')} {score ? t('rating.yours', { n: score }) : ''}
        </p>
      ) : (
        <RatingForm t={t} onRate={rate} />
      )}
      <TranscriptRequest t={t} onRequest={onTranscript} />
      <button type="button" class="secondary" data-testid="new-consultation" onClick={onStartOver}>
        {t('consultation.new')}
      </button>
    </section>
  );
}
