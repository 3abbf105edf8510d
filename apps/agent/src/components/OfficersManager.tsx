import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import type { ManagedOfficer } from '../lib/api.ts';
import type { NewOfficer } from '../models/supervisor.ts';
import { OfficerForm } from './OfficerForm.tsx';

interface Props {
  officers: readonly ManagedOfficer[];
  meId: string;
  error: string | null;
  onCreate(input: NewOfficer): Promise<boolean>;
  onSetDisabled(id: string, disabled: boolean): Promise<boolean>;
  onResetPassword(id: string, password: string): Promise<boolean>;
}

/** The office's accounts: create, disable or enable, and set a new password. */
export function OfficersManager({ officers, meId, error, onCreate, onSetDisabled, onResetPassword }: Props) {
  const t = useT();
  const [resetting, setResetting] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const reset = async (event: Event, id: string) => {
    event.preventDefault();
    if (await onResetPassword(id, password)) {
      setResetting(null);
      setPassword('');
      setDone(id);
    }
  };

  return (
    <section class="card" aria-labelledby="officers-title">
      <h2 id="officers-title">{t('officers.title')}</h2>
      {error && <p role="alert">{t('officers.failed')}</p>}
      <ul class="officers">
        {officers.map((officer) => (
          <li key={officer.id}>
            <span>
              <strong>{officer.name}</strong> <span class="muted">{officer.email}</span> · {t(`role.${officer.role}`)}
              {officer.disabled && <em> · {t('officers.disabled')}</em>}
              {done === officer.id && <span role="status"> · {t('officers.passwordSet')}</span>}
            </span>
            {officer.id !== meId && (
              <button type="button" class="link" onClick={() => void onSetDisabled(officer.id, !officer.disabled)}>
                {officer.disabled ? t('officers.enable') : t('officers.disable')}
              </button>
            )}
            <button type="button" class="link" onClick={() => setResetting(officer.id)}>
              {t('officers.resetPassword')}
            </button>
            {resetting === officer.id && (
              <form onSubmit={(event) => reset(event, officer.id)}>
                <label>
                  {t('officers.newPassword', { name: officer.name })}
                  <input
                    type="password"
                    value={password}
                    required
                    minLength={10}
                    onInput={(e) => setPassword(e.currentTarget.value)}
                  />
                </label>
                <button type="submit">{t('common.save')}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <OfficerForm onCreate={onCreate} />
    </section>
  );
}
