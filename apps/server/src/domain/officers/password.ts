import { type Algorithm, hash, verify } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum: isolatedModules cannot read it, and the native module exports it empty.
// 2 is its Argon2id. The other parameters stay at the library's defaults (m=19456 KiB, t=2, p=1), OWASP's minimum.
const ARGON2ID = 2 as Algorithm.Argon2id;

/** An argon2id hash (PHC string) of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** Whether the password matches the hash; a malformed hash counts as no match. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random, discarded password, made with the same parameters as
 * `hashPassword`. Fixed here rather than computed at start, so the first
 * unknown e-mail takes no longer than the next ones.
 */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Yyn0wwvr9SYzOsVU/GvhsQ$nwG+WQEui/camlwDXVLG6kc+y016vM5A1ibNhOH45v4';

/**
 * Spends the time a real verification takes and answers false: used when the
 * e-mail is unknown, so the response time does not tell whether it exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, password);
  return false;
}
