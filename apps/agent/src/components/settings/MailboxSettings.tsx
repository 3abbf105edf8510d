import type { OfficeMailboxInput, OfficeMailboxView } from '@pst/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';

interface Props {
  mailbox: OfficeMailboxView | null;
  /** Sets the mailbox, or removes it with `null`; true when the server took it. */
  onSave(input: OfficeMailboxInput | null): Promise<boolean>;
}

interface Form {
  address: string;
  displayName: string;
  imap: boolean;
  host: string;
  port: string;
  secure: boolean;
  user: string;
  password: string;
  folder: string;
}

const formOf = (mailbox: OfficeMailboxView | null): Form => ({
  address: mailbox?.address ?? '',
  displayName: mailbox?.displayName ?? '',
  imap: Boolean(mailbox?.imap),
  host: mailbox?.imap?.host ?? '',
  port: String(mailbox?.imap?.port ?? 993),
  secure: mailbox?.imap?.secure ?? true,
  user: mailbox?.imap?.user ?? '',
  password: '',
  folder: mailbox?.imap?.folder ?? 'INBOX',
});

/** The office's consultation mailbox: the sender of its answers, and (with IMAP) mail into the inbox. */
export function MailboxSettings({ mailbox, onSave }: Props) {
  const t = useT();
  const [form, setForm] = useState<Form>(formOf(mailbox));
  const [saved, setSaved] = useState(false);
  // A mailbox saved or loaded anew resets the form (and clears the password typed); the first one filled it.
  const shown = useRef(mailbox);
  useEffect(() => {
    if (shown.current === mailbox) return;
    shown.current = mailbox;
    setForm(formOf(mailbox));
  }, [mailbox]);
  const edit = (change: Partial<Form>) => {
    setForm((current) => ({ ...current, ...change }));
    setSaved(false);
  };
  const text = (key: 'address' | 'displayName' | 'host' | 'port' | 'user' | 'password' | 'folder', label: string) => (
    <label>
      {t(label as 'settings.mailAddress')}
      <input
        type={key === 'password' ? 'password' : key === 'port' ? 'number' : 'text'}
        autocomplete={key === 'password' ? 'new-password' : 'off'}
        required={key === 'address' || (form.imap && key !== 'displayName')}
        value={form[key]}
        data-testid={`mailbox-${key}`}
        onInput={(event) => edit({ [key]: event.currentTarget.value })}
      />
    </label>
  );

  async function save(event: Event) {
    event.preventDefault();
    const input: OfficeMailboxInput = {
      address: form.address.trim(),
      ...(form.displayName.trim() ? { displayName: form.displayName.trim() } : {}),
      ...(form.imap
        ? {
            imap: {
              host: form.host.trim(),
              port: Number(form.port),
              secure: form.secure,
              user: form.user.trim(),
              password: form.password,
              folder: form.folder.trim() || 'INBOX',
            },
          }
        : {}),
    };
    setSaved(await onSave(input));
  }

  return (
    <section class="card" aria-labelledby="mailbox-title" data-testid="settings-mailbox">
      <h2 id="mailbox-title">{t('settings.mailbox')}</h2>
      <p class="muted">{t('settings.mailboxHint')}</p>
      {mailbox?.lastPolledAt && <p class="muted">{t('settings.mailPolled', { at: mailbox.lastPolledAt })}</p>}
      {mailbox?.lastError && (
        <p class="notice" data-testid="mailbox-error">
          {t('settings.mailError', { error: mailbox.lastError })}
        </p>
      )}
      <form class="inline-form" onSubmit={save}>
        {text('address', 'settings.mailAddress')}
        {text('displayName', 'settings.mailName')}
        <label class="checkbox-line">
          <input
            type="checkbox"
            checked={form.imap}
            data-testid="mailbox-imap"
            onChange={(event) => edit({ imap: event.currentTarget.checked })}
          />
          {t('settings.imap')}
        </label>
        {form.imap && (
          <>
            {text('host', 'settings.imapHost')}
            {text('port', 'settings.imapPort')}
            <label class="checkbox-line">
              <input
                type="checkbox"
                checked={form.secure}
                onChange={(event) => edit({ secure: event.currentTarget.checked })}
              />
              {t('settings.imapSecure')}
            </label>
            {text('user', 'settings.imapUser')}
            {text('password', 'settings.imapPassword')}
            {text('folder', 'settings.imapFolder')}
          </>
        )}
        <div class="actions">
          <button type="submit" data-testid="mailbox-save">
            {t('common.save')}
          </button>
          {mailbox && (
            <button type="button" data-testid="mailbox-remove" onClick={async () => setSaved(await onSave(null))}>
              {t('settings.mailboxRemove')}
            </button>
          )}
          {saved && <span role="status">{t('settings.saved')}</span>}
        </div>
      </form>
    </section>
  );
}
