import { LoginForm } from '../components/LoginForm.tsx';
import { useT } from '../i18n/context.ts';
import type { SessionModel } from '../models/session.ts';

/** The sign-in screen; after an expired session it says so, and the drafts wait for the return. */
export function LoginView({ session }: { session: SessionModel }) {
  const t = useT();
  return (
    <main class="login-screen">
      {session.expired.value && (
        <p class="notice" role="status">
          {t('login.expired')}
        </p>
      )}
      <LoginForm t={t} onSubmit={session.signIn} />
    </main>
  );
}
