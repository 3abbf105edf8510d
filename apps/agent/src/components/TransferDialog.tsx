import type { OfficerPresence } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';

interface Props {
  /** Colleagues who can take a chat now: online, connected, below their limit. */
  officers: readonly OfficerPresence[];
  onConfirm(officerId: string): void;
  onCancel(): void;
}

/** Hands the chat to another online officer of the office. */
export function TransferDialog({ officers, onConfirm, onCancel }: Props) {
  const t = useT();
  const [target, setTarget] = useState(officers[0]?.id ?? '');
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      {officers.length === 0 ? (
        <p>{t('transfer.nobody')}</p>
      ) : (
        <label>
          {t('transfer.to')}
          <select
            value={target}
            onChange={(event) => setTarget(event.currentTarget.value)}
            data-testid="transfer-officer"
          >
            {officers.map((officer) => (
              <option key={officer.id} value={officer.id}>
                {t('transfer.option', { name: officer.name, load: officer.activeChats, max: officer.maxChats })}
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="actions">
        <button type="button" class="link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" disabled={!target} data-testid="transfer-confirm" onClick={() => onConfirm(target)}>
          {t('transfer.confirm')}
        </button>
      </div>
    </div>
  );
}

/** Who may receive a transfer: not the current holder, online with a connected tab and room for one more. */
export function transferTargets(officers: readonly OfficerPresence[], holderId: string | undefined) {
  return officers.filter(
    (officer) =>
      officer.id !== holderId &&
      officer.status === 'online' &&
      officer.connected &&
      officer.activeChats < officer.maxChats,
  );
}
