import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../i18n/index.ts';
import type { SignInResult } from '../models/session.ts';

interface Props {
  t: Translate;
  /** Resolves true (or 'ok') when signed in, false (or 'invalid') for bad credentials, or why else it failed. */
  onSubmit(email: string, password: string): Promise<boolean | SignInResult>;
}

const failures: Record<Exclude<SignInResult, 'ok'>, MessageKey> = {
  invalid: 'login.failed',
  throttled: 'login.throttled',
  unreachable: 'login.unreachable',
};

/** E-mail and password; one message for any bad credential, never which one. */
export function LoginForm({ t, onSubmit }: Props) {
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    const result = await onSubmit(String(form.get('email')), String(form.get('password')));
    setBusy(false);
    if (result === true || result === 'ok') setFailure(null);
    else setFailure(failures[result === false ? 'invalid' : result]);
  }

  return (
    <form class="login" onSubmit={submit}>
      <h1>{t('login.title')}</h1>
      <label>
        {t('login.email')}
        <input name="email" type="email" autoComplete="username" required data-testid="login-email" />
      </label>
      <label>
        {t('login.password')}
        <input name="password" type="password" autoComplete="current-password" required data-testid="login-password" />
      </label>
      {failure && (
        <p role="alert" data-testid="login-error">
          {t(failure)}
        </p>
      )}
      <button type="submit" disabled={busy} data-testid="login-submit">
        {t('login.submit')}
      </button>
    </form>
  );
}
