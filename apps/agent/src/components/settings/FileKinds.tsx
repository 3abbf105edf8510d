import type { FileKind } from '@pst/protocol';
import { fileKinds } from '@pst/protocol/constants';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';

/** Which kinds of file visitors and officers may send; the server recognises each by its content, not its name. */
export function FileKinds({
  kinds,
  onSave,
}: {
  kinds: readonly FileKind[];
  onSave(kinds: FileKind[]): Promise<boolean>;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<readonly FileKind[]>(kinds);
  const [saved, setSaved] = useState(false);
  useEffect(() => setChosen(kinds), [kinds]);

  return (
    <section class="card" aria-labelledby="files-title" data-testid="settings-files">
      <h2 id="files-title">{t('settings.files')}</h2>
      <p class="hint">{t('settings.filesHint')}</p>
      <form
        class="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(await onSave(fileKinds.filter((kind) => chosen.includes(kind))));
        }}
      >
        {fileKinds.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={chosen.includes(kind)}
              data-testid={`file-kind-${kind}`}
              onChange={(e) => {
                setSaved(false);
                setChosen(e.currentTarget.checked ? [...chosen, kind] : chosen.filter((k) => k !== kind));
              }}
            />
            {kind.toUpperCase()}
          </label>
        ))}
        <button type="submit" data-testid="settings-save">
          {t('common.save')}
        </button>
        {saved && <span role="status">{t('settings.saved')}</span>}
      </form>
    </section>
  );
}
