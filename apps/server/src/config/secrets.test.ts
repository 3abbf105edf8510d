import { describe, expect, it } from 'vitest';
import { createSecrets, DEVELOPMENT_SECRETS_KEY } from './secrets.ts';

describe('secrets', () => {
  const secrets = createSecrets(DEVELOPMENT_SECRETS_KEY);

  it('seals so that only the same key opens, and a change is caught', () => {
    const sealed = secrets.seal('sandi-rahasia');
    expect(sealed).not.toContain('sandi');
    expect(secrets.open(sealed)).toBe('sandi-rahasia');
    expect(() => createSecrets('ab'.repeat(32)).open(sealed)).toThrow();
    const [version, iv, tag, body = ''] = sealed.split('.');
    const flipped = `${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`;
    expect(() => secrets.open([version, iv, tag, flipped].join('.'))).toThrow();
  });

  it('signs values and refuses a signature of another value', () => {
    const signature = secrets.sign('c.65a1b2c3d4e5f60718293a4b');
    expect(secrets.verify('c.65a1b2c3d4e5f60718293a4b', signature)).toBe(true);
    expect(secrets.verify('c.65a1b2c3d4e5f60718293a4c', signature)).toBe(false);
    expect(secrets.verify('c.65a1b2c3d4e5f60718293a4b', 'short')).toBe(false);
  });
});
