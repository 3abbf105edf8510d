/** Indonesian: the default language, and the reference every other catalogue must match. */
export const id = {
  'login.title': 'Masuk Petugas PST',
  'login.email': 'Email',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',
  'login.failed': 'Email atau kata sandi salah.',
} as const;

export type MessageKey = keyof typeof id;
