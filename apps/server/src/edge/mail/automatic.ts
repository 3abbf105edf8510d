/** Headers as mailparser gives them: lowercase names; values are strings or structured. */
type Headers = Map<string, unknown>;

const text = (value: unknown): string => {
  if (typeof value === 'string') return value.toLowerCase();
  if (value && typeof value === 'object' && 'value' in value)
    return String((value as { value: unknown }).value).toLowerCase();
  if (value && typeof value === 'object' && 'text' in value)
    return String((value as { text: unknown }).text).toLowerCase();
  return '';
};

/**
 * True for mail no person wrote to us: auto-replies (RFC 3834 `Auto-Submitted`, the common X- headers,
 * `Precedence`), bounces (a delivery report, a null or daemon sender) and list mail. Such mail never
 * becomes a conversation, so it can never start a reply loop.
 */
export function isAutomatic(headers: Headers, fromAddress: string | undefined): boolean {
  const autoSubmitted = text(headers.get('auto-submitted'));
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (headers.has('x-autoreply') || headers.has('x-autorespond') || headers.has('x-auto-reply')) return true;
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(text(headers.get('precedence')))) return true;
  if (headers.has('list-id') || headers.has('list-unsubscribe')) return true;
  const contentType = text(headers.get('content-type'));
  if (contentType.startsWith('multipart/report')) return true;
  const returnPath = text(headers.get('return-path'));
  if (headers.has('return-path') && (returnPath === '' || returnPath === '<>')) return true;
  return /^(mailer-daemon|postmaster)@/i.test(fromAddress ?? '');
}
