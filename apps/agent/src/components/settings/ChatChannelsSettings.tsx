import type { ChatChannel, ChatChannelView, TelegramConnectInput, WhatsappConnectInput } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';
import type { MessageKey } from '../../i18n/index.ts';

interface Props {
  channels: readonly ChatChannelView[];
  /** The server's origin, for the WhatsApp webhook address the office types into Meta's settings. */
  chatOrigin: string;
  officeCode: string;
  onSave(
    channel: ChatChannel,
    input: { telegram: TelegramConnectInput; whatsapp: WhatsappConnectInput }[ChatChannel] | null,
  ): Promise<boolean>;
}

type Fields = Record<string, string>;

const telegramFields = ['botToken'] as const;
const whatsappFields = ['phoneNumberId', 'accessToken', 'appSecret', 'verifyToken', 'template'] as const;
/** Tokens and secrets are typed as passwords: never shown, never filled back in. */
const secret = new Set(['botToken', 'accessToken', 'appSecret']);

/** One connected app: its account, mode, status, last error, and the disconnect button. */
function Connected({ view, onDisconnect }: { view: ChatChannelView; onDisconnect(): void }) {
  const t = useT();
  return (
    <div data-testid={`chat-channel-${view.channel}`} data-status={view.status}>
      <p>
        <strong>{t(`chatChannels.${view.channel}`)}</strong> · {view.account} ·{' '}
        {t(view.status === 'connected' ? 'chatChannels.connected' : 'chatChannels.failing')}
        {view.channel === 'telegram' ? ` · ${t(`chatChannels.mode.${view.mode}`)}` : ''}
      </p>
      {view.webhookUrl && <p class="muted">{t('chatChannels.webhook', { url: view.webhookUrl })}</p>}
      {view.lastError && (
        <p class="notice" data-testid={`chat-channel-error-${view.channel}`}>
          {t('chatChannels.lastError', { error: view.lastError, at: view.lastErrorAt ?? '' })}
        </p>
      )}
      <button type="button" data-testid={`chat-channel-disconnect-${view.channel}`} onClick={onDisconnect}>
        {t('chatChannels.disconnect')}
      </button>
    </div>
  );
}

/**
 * The office's chat apps: a Telegram bot (webhook, or polling without public HTTPS) and a WhatsApp Business
 * number. Connecting checks the token with the app; the tokens are stored encrypted and never shown again.
 */
export function ChatChannelsSettings({ channels, chatOrigin, officeCode, onSave }: Props) {
  const t = useT();
  const [fields, setFields] = useState<Fields>({ mode: 'webhook', template: 'jawaban_siap' });
  const [saved, setSaved] = useState(false);
  const connected = (channel: ChatChannel) => channels.find((view) => view.channel === channel);
  const field = (name: string) => (
    <label key={name}>
      {t(`chatChannels.field.${name}` as MessageKey)}
      <input
        type={secret.has(name) ? 'password' : 'text'}
        autocomplete={secret.has(name) ? 'new-password' : 'off'}
        required
        value={fields[name] ?? ''}
        data-testid={`chat-channel-${name}`}
        onInput={(event) => {
          setFields((current) => ({ ...current, [name]: event.currentTarget.value }));
          setSaved(false);
        }}
      />
    </label>
  );
  const save = async (channel: ChatChannel, input: TelegramConnectInput | WhatsappConnectInput | null) => {
    const ok = await onSave(channel, input);
    setSaved(ok);
    if (ok) setFields({ mode: 'webhook', template: 'jawaban_siap' });
  };
  const telegram = connected('telegram');
  const whatsapp = connected('whatsapp');

  return (
    <section class="card" aria-labelledby="chat-channels-title" data-testid="settings-chat-channels">
      <h2 id="chat-channels-title">{t('chatChannels.title')}</h2>
      <p class="muted">{t('chatChannels.hint')}</p>
      {telegram ? (
        <Connected view={telegram} onDisconnect={() => void save('telegram', null)} />
      ) : (
        <form
          class="inline-form"
          data-testid="chat-channel-telegram-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save('telegram', {
              botToken: (fields.botToken ?? '').trim(),
              mode: fields.mode === 'polling' ? 'polling' : 'webhook',
            });
          }}
        >
          <strong>{t('chatChannels.telegram')}</strong>
          {telegramFields.map(field)}
          <label>
            {t('chatChannels.field.mode')}
            <select
              value={fields.mode}
              data-testid="chat-channel-mode"
              onChange={(event) => setFields((current) => ({ ...current, mode: event.currentTarget.value }))}
            >
              <option value="webhook">{t('chatChannels.mode.webhook')}</option>
              <option value="polling">{t('chatChannels.mode.polling')}</option>
            </select>
          </label>
          <button type="submit" data-testid="chat-channel-connect-telegram">
            {t('chatChannels.connect')}
          </button>
        </form>
      )}
      {whatsapp ? (
        <Connected view={whatsapp} onDisconnect={() => void save('whatsapp', null)} />
      ) : (
        <form
          class="inline-form"
          data-testid="chat-channel-whatsapp-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save('whatsapp', {
              phoneNumberId: (fields.phoneNumberId ?? '').trim(),
              accessToken: (fields.accessToken ?? '').trim(),
              appSecret: (fields.appSecret ?? '').trim(),
              verifyToken: (fields.verifyToken ?? '').trim(),
              template: { name: (fields.template ?? '').trim(), language: 'id' },
            });
          }}
        >
          <strong>{t('chatChannels.whatsapp')}</strong>
          <p class="muted">{t('chatChannels.webhook', { url: `${chatOrigin}/hooks/whatsapp/${officeCode}` })}</p>
          {whatsappFields.map(field)}
          <button type="submit" data-testid="chat-channel-connect-whatsapp">
            {t('chatChannels.connect')}
          </button>
        </form>
      )}
      {saved && <span role="status">{t('settings.saved')}</span>}
    </section>
  );
}
