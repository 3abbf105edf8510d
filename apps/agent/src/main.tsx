import { render } from 'preact';
import { LoginForm } from './components/LoginForm.tsx';
import { translator } from './i18n/index.ts';
import './styles.css';

const t = translator(navigator.language.startsWith('en') ? 'en' : 'id');

async function signIn(email: string, password: string): Promise<boolean> {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return res.ok;
}

render(<LoginForm t={t} onSubmit={signIn} />, document.getElementById('app') as HTMLElement);
