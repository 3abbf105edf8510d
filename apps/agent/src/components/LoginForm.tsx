import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';

interface Props {
  t: Translate;
  /** Resolves true when signed in, false for bad credentials. */
  onSubmit(email: string, password: string): Promise<boolean>;
}

/** E-mail and password; one message for any bad credential, never which one. */
export function LoginForm({ t, onSubmit }: Props) {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    const ok = await onSubmit(String(form.get('email')), String(form.get('password')));
    setBusy(false);
    setFailed(!ok);
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
      {failed && (
        <p role="alert" data-testid="login-error">
          {t('login.failed')}
        </p>
      )}
      <button type="submit" disabled={busy} data-testid="login-submit">
        {t('login.submit')}
      </button>
    </form>
  );
}
