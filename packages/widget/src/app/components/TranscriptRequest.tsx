import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import type { SubmitResult } from '../models/consultation.ts';

interface Props {
  t: Translate;
  onRequest(): Promise<SubmitResult>;
}

/** A checkbox that asks for the transcript by e-mail; ticked once it is asked, with a plain word either way. */
export function TranscriptRequest({ t, onRequest }: Props) {
  const [state, setState] = useState<'idle' | 'busy' | 'sent'>('idle');
  const [result, setResult] = useState<SubmitResult>();

  async function request() {
    setState('busy');
    const answer = await onRequest();
    setResult(answer);
    setState(answer.ok ? 'sent' : 'idle');
  }

  return (
    <div class="transcript">
      <div class="field field-checkbox">
        <input
          id="transcript-request"
          type="checkbox"
          checked={state !== 'idle'}
          disabled={state !== 'idle'}
          data-testid="transcript-request"
          onChange={request}
        />
        <label for="transcript-request">{t('transcript.request')}</label>
      </div>
      {state === 'sent' && (
        <p class="notice" role="status" data-testid="transcript-sent">
          {t('transcript.sent')}
        </p>
      )}
      {result && !result.ok && (
        <p class="form-problem" role="alert">
          {t(`error.${result.problem}`)}
        </p>
      )}
    </div>
  );
}
