import type { MessageKey } from './id.ts';

export const en: Record<MessageKey, string> = {
  'login.title': 'PST Officer Sign-in',
  'login.email': 'E-mail',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.failed': 'Wrong e-mail or password.',
};
