/**
 * A fresh clientMsgId: 32 hex characters, within the protocol's 8 to 64 of [A-Za-z0-9_-]. Made from
 * `getRandomValues`, which, unlike `crypto.randomUUID`, also works outside a secure context.
 */
export function newClientMsgId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
