import type { OriginCheck } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';

interface Props {
  origins: readonly string[];
  onSave(origins: string[]): Promise<boolean>;
  onCheck(url: string): Promise<OriginCheck | null>;
}

/**
 * The websites that may embed the office's widget. Each add or remove is
 * saved at once; the check asks the server, which answers by the very rule
 * its visitor handshake applies, whether the widget would work on a page.
 */
export function AllowedOrigins({ origins, onSave, onCheck }: Props) {
  const t = useT();
  const [added, setAdded] = useState('');
  const [page, setPage] = useState('');
  const [check, setCheck] = useState<OriginCheck | null>(null);

  const save = async (next: string[]) => {
    setCheck(null);
    return onSave(next);
  };
  const add = async (event: Event) => {
    event.preventDefault();
    if (await save([...origins, added.trim()])) setAdded('');
  };
  const verify = async (event: Event) => {
    event.preventDefault();
    setCheck(await onCheck(page.trim()));
  };

  return (
    <section class="card" aria-labelledby="origins-title" data-testid="settings-origins">
      <h2 id="origins-title">{t('settings.origins')}</h2>
      <p class="muted">{t('settings.originsHint')}</p>
      <ul class="rows">
        {origins.map((origin) => (
          <li key={origin}>
            <code>{origin}</code>
            <button
              type="button"
              class="link"
              data-testid="origin-remove"
              aria-label={t('settings.removeOrigin', { origin })}
              onClick={() => void save(origins.filter((other) => other !== origin))}
            >
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={add}>
        <label>
          {t('settings.newOrigin')}
          <input
            data-testid="origin-new"
            type="url"
            required
            placeholder="https://tabanankab.bps.go.id"
            value={added}
            onInput={(e) => setAdded(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="origin-add">
          {t('settings.addOrigin')}
        </button>
      </form>
      <form class="inline-form" onSubmit={verify}>
        <label>
          {t('settings.checkPage')}
          <input
            data-testid="origin-check-url"
            required
            placeholder="https://tabanankab.bps.go.id/publikasi"
            value={page}
            onInput={(e) => setPage(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="origin-check">
          {t('settings.check')}
        </button>
      </form>
      {check && (
        <p role="status" data-testid="origin-check-result" data-accepted={String(check.accepted)}>
          {t(`settings.verdict.${check.reason}`, { origin: check.origin ?? '' })}
        </p>
      )}
    </section>
  );
}
