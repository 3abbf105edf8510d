import { ikmElements } from '@pst/protocol/constants';
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { surveyTranslator } from '../i18n/survey.ts';
import type { SubmitResult } from '../models/consultation.ts';

interface Props {
  t: Translate;
  /** Answered already (in this tab or before). */
  done: boolean;
  onSurvey(answers: number[]): Promise<SubmitResult>;
}

const SCALE = [1, 2, 3, 4] as const;

/** The IKM survey (PermenPANRB 14/2017): each of the nine elements on a 1–4 scale, every one required, sent once. */
export function SurveyForm({ t, done, onSurvey }: Props) {
  const words = surveyTranslator(t.lang);
  const [answers, setAnswers] = useState<number[]>(() => ikmElements.map(() => 0));
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SubmitResult>();

  if (done || result?.ok) {
    return (
      <p class="notice" role="status" data-testid="survey-thanks">
        {words('survey.thanks')}
      </p>
    );
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (answers.includes(0)) return setMissing(true);
    setBusy(true);
    setResult(await onSurvey(answers));
    setBusy(false);
  }

  return (
    <form class="survey" noValidate onSubmit={submit} data-testid="survey-form">
      <p>{words('survey.intro')}</p>
      {ikmElements.map((element, i) => (
        <fieldset key={element} class="survey-item">
          <legend>{words(`survey.${element}`)}</legend>
          {SCALE.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`survey-${element}`}
                value={value}
                checked={answers[i] === value}
                data-testid={`survey-${i + 1}-${value}`}
                onChange={() => {
                  setAnswers((current) => current.map((answer, j) => (j === i ? value : answer)));
                  setMissing(false);
                }}
              />
              {words(`survey.scale${value}`)}
            </label>
          ))}
        </fieldset>
      ))}
      {missing && (
        <p class="field-error" role="alert">
          {words('survey.required')}
        </p>
      )}
      {result && !result.ok && (
        <p class="field-error" role="alert">
          {t('error.failed')}
        </p>
      )}
      <button type="submit" disabled={busy} data-testid="survey-submit">
        {words('survey.submit')}
      </button>
    </form>
  );
}
