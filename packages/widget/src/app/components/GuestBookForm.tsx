import type { GuestBook } from '@pst/protocol';
import { cleanText, MAX_MESSAGE_LENGTH } from '@pst/protocol/constants';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { revealField } from '../lib/focus.ts';
import {
  type FieldError,
  type GuestBookDraft,
  type GuestBookField,
  guestBookErrors,
  textError,
  toGuestBook,
} from '../lib/guest-book-rules.ts';
import type { SubmitResult } from '../models/consultation.ts';
import { CheckboxField, TextField } from './FormFields.tsx';
import { GuestBookFields } from './GuestBookFields.tsx';

interface Props {
  t: Translate;
  /** `offline`: nobody can chat now; the question becomes a message answered by e-mail. */
  mode: 'live' | 'offline';
  /** What the visitor typed in the FAQ search, as the question to start from. */
  initialQuestion?: string | undefined;
  /** A returning visitor: only the question is asked. */
  registered: boolean;
  /** What the visitor should know first (the desk is closed, answers come by e-mail). */
  notice?: ComponentChildren;
  /** The office's privacy notice the consent is to: its version, and where to read it. */
  privacy: { version: string; href?: string };
  onRegister(guestBook: GuestBook, question: string): Promise<SubmitResult>;
  onStart(question: string): Promise<SubmitResult>;
  onConsent(version: string): Promise<SubmitResult>;
}

const emptyDraft: GuestBookDraft = {
  name: '',
  email: '',
  phone: '',
  institution: '',
  occupation: '',
  purpose: '',
  consent: false,
};

/**
 * The guest book and the first question, or the offline message form. A field's error shows once it was changed
 * and left, or after a submit: tabbing through empty fields marks nothing.
 */
export function GuestBookForm({
  t,
  mode,
  initialQuestion,
  registered,
  notice,
  privacy,
  onRegister,
  onStart,
  onConsent,
}: Props) {
  const [draft, setDraft] = useState(emptyDraft);
  const [question, setQuestion] = useState(initialQuestion ?? '');
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SubmitResult | undefined>();
  const offline = mode === 'offline';
  const changed = useRef(new Set<string>());
  // A returning visitor whose consent predates the office's current notice is asked again.
  const [reconsent, setReconsent] = useState(false);
  const askConsent = !registered || reconsent;

  type Field = GuestBookField | 'question';
  const allErrors: Partial<Record<Field, FieldError>> = {
    ...(registered ? {} : guestBookErrors(draft)),
    ...(reconsent && !draft.consent ? { consent: 'consent' as const } : {}),
    question: textError(question, MAX_MESSAGE_LENGTH),
  };
  const shown = (field: Field) => (submitted || left.has(field) ? allErrors[field] : undefined);
  const leave = (field: Field) => {
    if (changed.current.has(field)) setLeft((fields) => new Set(fields).add(field));
  };
  const change = (change: Partial<GuestBookDraft>) => {
    for (const field of Object.keys(change)) changed.current.add(field);
    setDraft((current) => ({ ...current, ...change }));
  };
  const questionError = shown('question');

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    const order: Field[] = ['name', 'email', 'phone', 'institution', 'occupation', 'purpose', 'question', 'consent'];
    const firstInvalid = order.find((field) => allErrors[field]);
    if (firstInvalid) {
      document.getElementById(`field-${firstInvalid}`)?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const text = cleanText(question);
    const consented = reconsent ? await onConsent(privacy.version) : { ok: true as const };
    const result = !consented.ok
      ? consented
      : registered
        ? await onStart(text)
        : await onRegister(toGuestBook(draft, privacy.version), text);
    setBusy(false);
    if (result.ok) return;
    setProblem(result);
    if (result.problem === 'consentOutdated' && registered) {
      setReconsent(true);
      setDraft((current) => ({ ...current, consent: false }));
    }
  }

  return (
    <form
      class="prechat-form"
      noValidate
      onSubmit={submit}
      onFocusIn={revealField}
      data-testid={offline ? 'offline-form' : undefined}
    >
      {notice}
      {!offline && <p class="form-intro">{t(registered ? 'guestbook.returning' : 'guestbook.intro')}</p>}
      {!registered && (
        <GuestBookFields
          t={t}
          draft={draft}
          errors={Object.fromEntries((Object.keys(draft) as GuestBookField[]).map((field) => [field, shown(field)]))}
          onChange={change}
          onLeave={leave}
        />
      )}
      <TextField
        name="question"
        multiline
        label={t(offline ? 'offline.message' : 'guestbook.question')}
        testId={offline ? 'offline-message' : 'guestbook-question'}
        value={question}
        maxLength={MAX_MESSAGE_LENGTH * 2}
        error={questionError && t(`error.${questionError}`)}
        onInput={(text) => {
          changed.current.add('question');
          setQuestion(text);
        }}
        onBlur={() => leave('question')}
      />
      {askConsent && (
        <CheckboxField
          name="consent"
          label={t('guestbook.consent')}
          testId="guestbook-consent"
          checked={draft.consent}
          error={shown('consent') && t('error.consent')}
          onChange={(consent) => change({ consent })}
        />
      )}
      {askConsent && privacy.href && (
        <a class="privacy-link" href={privacy.href} target="_blank" rel="noopener" data-testid="privacy-notice-link">
          {t('guestbook.privacy')}
        </a>
      )}
      {problem && !problem.ok && (
        <p class="form-problem" role="alert">
          {t(`error.${problem.problem}`)}
        </p>
      )}
      <button
        type="submit"
        class="primary"
        disabled={busy}
        data-testid={offline ? 'offline-submit' : 'guestbook-submit'}
      >
        {t(offline ? 'offline.submit' : 'guestbook.submit')}
      </button>
    </form>
  );
}
