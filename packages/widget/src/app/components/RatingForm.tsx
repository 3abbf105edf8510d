import { MAX_RATING_COMMENT_LENGTH } from '@pst/protocol/constants';
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import type { SubmitResult } from '../models/consultation.ts';

interface Props {
  t: Translate;
  onRate(score: number, comment: string): Promise<SubmitResult>;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/** A score from 1 to 5 and an optional comment, sent once. */
export function RatingForm({ t, onRate }: Props) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SubmitResult>();

  async function submit(event: Event) {
    event.preventDefault();
    if (!score) return setMissing(true);
    setBusy(true);
    setResult(await onRate(score, comment));
    setBusy(false);
  }

  return (
    <form class="rating" noValidate onSubmit={submit}>
      <fieldset>
        <legend>{t('rating.legend')}</legend>
        {/* Native radios: one Tab stop, arrow keys move the score, as a screen reader expects of a rating. */}
        <div class="stars" role="radiogroup" aria-label={t('rating.legend')}>
          {SCORES.map((n) => (
            <label key={n} class="star">
              <input
                type="radio"
                name="rating-score"
                value={n}
                checked={n === score}
                aria-label={t('rating.star', { n })}
                data-testid={`rating-star-${n}`}
                onChange={() => {
                  setScore(n);
                  setMissing(false);
                }}
              />
              <span aria-hidden="true">{n <= score ? '★' : '☆'}</span>
            </label>
          ))}
        </div>
        {missing && (
          <p class="field-error" role="alert">
            {t('rating.required')}
          </p>
        )}
      </fieldset>
      <div class="field">
        <label for="rating-comment">{t('rating.comment')}</label>
        <textarea
          id="rating-comment"
          rows={3}
          value={comment}
          maxLength={MAX_RATING_COMMENT_LENGTH}
          data-testid="rating-comment"
          onInput={(event) => setComment(event.currentTarget.value)}
        />
      </div>
      {result && !result.ok && (
        <p class="form-problem" role="alert">
          {t(`error.${result.problem}`)}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy} data-testid="rating-submit">
        {t('rating.submit')}
      </button>
    </form>
  );
}
