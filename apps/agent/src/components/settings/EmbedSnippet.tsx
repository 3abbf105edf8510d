import { useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';

interface Props {
  /** The chat server's origin: the agent app is served from it, as `widget.js` is. */
  chatOrigin: string;
  officeCode: string;
  copy(text: string): Promise<void>;
}

/** The exact tag a webmaster pastes before `</body>`, with a copy button. */
export function EmbedSnippet({ chatOrigin, officeCode, copy }: Props) {
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const tag = `<script src="${chatOrigin}/widget.js" data-office="${officeCode}" async></script>`;
  return (
    <section class="card" aria-labelledby="embed-title" data-testid="settings-embed">
      <h2 id="embed-title">{t('settings.embed')}</h2>
      <p class="muted">{t('settings.embedHint')}</p>
      <pre>
        <code data-testid="embed-snippet">{tag}</code>
      </pre>
      <button
        type="button"
        data-testid="embed-copy"
        onClick={() =>
          copy(tag).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {t('settings.copy')}
      </button>
      {copied !== null && <span role="status">{t(copied ? 'settings.copied' : 'settings.copyFailed')}</span>}
    </section>
  );
}
