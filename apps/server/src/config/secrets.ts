import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Used outside production when SECRETS_KEY is unset; never protects anything real. */
export const DEVELOPMENT_SECRETS_KEY = 'd0d0'.repeat(16);

/** Seals and signs with one 32-byte key: stored secrets (AES-256-GCM) and reply-address tags (HMAC-SHA256). */
export interface Secrets {
  seal(plain: string): string;
  /** Throws when the sealed text was altered or sealed under another key. */
  open(sealed: string): string;
  /** A short signature of `value`, for addresses a stranger must not be able to forge. */
  sign(value: string): string;
  verify(value: string, signature: string): boolean;
}

export function createSecrets(hexKey: string): Secrets {
  const key = Buffer.from(hexKey, 'hex');
  if (key.length !== 32) throw new Error('the secrets key must be 32 bytes (64 hex digits)');
  const sign = (value: string) => createHmac('sha256', key).update(value).digest('base64url').slice(0, 12);
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    sign,
    verify(value, signature) {
      const expected = Buffer.from(sign(value));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
