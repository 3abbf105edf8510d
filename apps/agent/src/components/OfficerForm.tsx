import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import type { NewOfficer } from '../models/supervisor.ts';

/** Adds an officer (or a supervisor) to the office with a first password. */
export function OfficerForm({ onCreate }: { onCreate(input: NewOfficer): Promise<boolean> }) {
  const t = useT();
  const empty: NewOfficer = { name: '', email: '', password: '', role: 'officer' };
  const [input, setInput] = useState<NewOfficer>(empty);
  const change = (field: keyof NewOfficer) => (event: Event) =>
    setInput({ ...input, [field]: (event.currentTarget as HTMLInputElement).value });

  return (
    <form
      class="inline-form"
      aria-labelledby="officer-form-title"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await onCreate(input)) setInput(empty);
      }}
    >
      <h3 id="officer-form-title">{t('officers.add')}</h3>
      <label>
        {t('supervisor.name')}
        <input value={input.name} required onInput={change('name')} />
      </label>
      <label>
        {t('login.email')}
        <input type="email" value={input.email} required onInput={change('email')} />
      </label>
      <label>
        {t('officers.firstPassword')}
        <input type="password" value={input.password} required minLength={10} onInput={change('password')} />
      </label>
      <label>
        {t('officers.role')}
        <select value={input.role} onChange={change('role')}>
          <option value="officer">{t('role.officer')}</option>
          <option value="supervisor">{t('role.supervisor')}</option>
        </select>
      </label>
      <button type="submit">{t('officers.create')}</button>
    </form>
  );
}
