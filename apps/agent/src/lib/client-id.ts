/** A clientMsgId: random, URL-safe, so a resend of the same message is stored once by the server. */
export function newClientMsgId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}
