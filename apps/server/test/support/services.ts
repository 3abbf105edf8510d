import { existsSync } from 'node:fs';

/**
 * The optional services a test needs. Locally a missing one skips the test;
 * with CI=true it fails instead, so CI can never pass by skipping.
 */
function required(name: string, value: string | undefined): string | undefined {
  if (value) return value;
  if (process.env.CI === 'true') throw new Error(`${name} is required when CI=true (see .ci/run)`);
  return undefined;
}

export const redisUrl = (): string | undefined => required('REDIS_URL', process.env.REDIS_URL);

export const chromiumPath = (): string | undefined => {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return required('CHROMIUM_PATH (a Chromium binary)', existsSync(path) ? path : undefined);
};

export const dovecotPath = (): string | undefined => {
  const path = process.env.DOVECOT_PATH ?? '/usr/sbin/dovecot';
  return required('DOVECOT_PATH (Debian: apt-get install dovecot-imapd)', existsSync(path) ? path : undefined);
};
