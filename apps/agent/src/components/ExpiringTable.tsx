import type { ExpiringConversation } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import { shortDate } from '../lib/time.ts';

/** The closed conversations retention anonymises next, with the day each one goes (UU PDP: kept no longer). */
export function ExpiringTable({ items }: { items: readonly ExpiringConversation[] }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="expiring-title" data-testid="expiring-next">
      <h2 id="expiring-title">{t('expiring.title')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('expiring.none')}</p>
      ) : (
        <ul class="rows">
          {items.map((item) => (
            <li key={item.conversationId} data-testid="expiring-item">
              <a href={`#/chat/${item.conversationId}`}>
                {t('expiring.closed', { at: shortDate(item.closedAt, t.lang) })}
              </a>
              <span class="muted">{t('expiring.at', { at: shortDate(item.expiresAt, t.lang) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
