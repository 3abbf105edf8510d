import { Router } from 'express';
import type { AppContext } from '../../context.ts';
import { escapeHtml } from '../../domain/mail/mail-text.ts';
import type { OutboundMailRecord } from '../../store/mails.ts';

const address = ({ name, address }: { name?: string; address: string }) => (name ? `${name} <${address}>` : address);

function mailHtml(mail: OutboundMailRecord): string {
  const headers: [string, string | undefined][] = [
    ['From', address(mail.from)],
    ['To', mail.to.map(address).join(', ')],
    ['Reply-To', mail.replyTo],
    ['Message-ID', mail.messageId],
    ['In-Reply-To', mail.inReplyTo],
    ['References', mail.references.join(' ')],
    ['Status', `${mail.status}${mail.lastError ? ` (${mail.lastError})` : ''}`],
    ['Date', (mail.sentAt ?? mail.createdAt).toISOString()],
  ];
  const rows = headers
    .filter(([, value]) => value)
    .map(([name, value]) => `<tr><th>${name}</th><td>${escapeHtml(value ?? '')}</td></tr>`)
    .join('');
  return `<article data-testid="dev-mail" data-key="${escapeHtml(mail.key)}"><h2>${escapeHtml(mail.subject)}</h2><table>${rows}</table><pre>${escapeHtml(mail.text)}</pre></article>`;
}

/**
 * `/dev/mail`: the mail a newcomer's server would have sent (it sends none without SMTP_URL), newest first,
 * as plain text. Only outside production and only while mail is captured.
 */
export function devMailRoutes(ctx: AppContext): Router {
  const router = Router();
  if (ctx.settings.env === 'production' || ctx.mailer.kind !== 'captured') return router;
  router.get('/dev/mail', async (_req, res) => {
    const mails = await ctx.store.outboundMails.latest(50);
    res
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Captured mail</title></head><body>` +
          `<h1>Captured mail (not sent: SMTP_URL is not set)</h1>` +
          (mails.length ? mails.map(mailHtml).join('<hr>') : '<p>No mail yet.</p>') +
          `</body></html>`,
      );
  });
  return router;
}
