import { randomUUID } from 'node:crypto';
import addressParser from 'nodemailer/lib/addressparser';
import type { Secrets } from '../../config/secrets.ts';
import type { MailAddress } from '../../store/mails.ts';
import type { Id } from '../../store/records.ts';

// A conversation's tag, `c.<id>.<signature>`, rides in its reply address (`pst+c.….…@office`) and in the
// root of its mails' References. The signature keeps a stranger from steering mail into a conversation.
const TAG = /c\.([0-9a-f]{24})\.([A-Za-z0-9_-]{12})/;

export function conversationTag(secrets: Secrets, conversationId: Id): string {
  const value = `c.${conversationId}`;
  return `${value}.${secrets.sign(value)}`;
}

/** The conversation a tagged address or Message-ID names, when its signature is ours. */
export function taggedConversation(secrets: Secrets, text: string): Id | undefined {
  const match = TAG.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return secrets.verify(`c.${match[1]}`, match[2]) ? match[1] : undefined;
}

function split(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at), domain: address.slice(at + 1) };
}

export const domainOf = (address: string) => split(address).domain;

/** `pst5102+c.<id>.<sig>@bps.go.id`: replies to it come back to the conversation. */
export function replyAddress(secrets: Secrets, mailboxAddress: string, conversationId: Id): string {
  const { local, domain } = split(mailboxAddress);
  return `${local}+${conversationTag(secrets, conversationId)}@${domain}`;
}

/** The References root every mail of the conversation shares, so mail clients thread them together. */
export function conversationRootId(secrets: Secrets, conversationId: Id, domain: string): string {
  return `<${conversationTag(secrets, conversationId)}@${domain}>`;
}

export function newMessageId(domain: string): string {
  return `<${randomUUID()}@${domain}>`;
}

/** "Name <address>" or a bare address; undefined when it holds no address. */
export function parseAddress(text: string): MailAddress | undefined {
  const [first] = addressParser(text, { flatten: true });
  if (!first?.address) return undefined;
  return { ...(first.name ? { name: first.name } : {}), address: first.address.toLowerCase() };
}
