import type { ComplaintChannel } from '@pst/protocol';
import type { Translate } from '../i18n/index.ts';

interface Props {
  t: Translate;
  channels: ComplaintChannel[];
}

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Where a channel leads: web pages only over http(s), e-mail, WhatsApp (wa.me), Telegram (t.me) and phone. */
export function channelHref(channel: ComplaintChannel): string | undefined {
  const { kind, value } = channel;
  if (kind === 'form' || kind === 'lapor') return isWebAddress(value) ? value : undefined;
  if (kind === 'email') return /^[^\s@:/]+@[^\s@:/]+$/.test(value) ? `mailto:${value}` : undefined;
  // A Telegram bot or account by its @username: always a t.me address.
  if (kind === 'telegram') return `https://t.me/${value.replace(/\W/g, '')}`;
  const digits = value.replace(/[^\d]/g, '');
  if (!digits) return undefined;
  // WhatsApp links want the country code: an Indonesian 08… number is +62 8….
  if (kind === 'whatsapp') return `https://wa.me/${digits.replace(/^0/, '62')}`;
  if (kind === 'phone') return `tel:${value.trim().startsWith('+') ? '+' : ''}${digits}`;
  return undefined;
}

/** The office's complaint channels (pengaduan), one click away at every step of the chat. */
export function ComplaintChannels({ t, channels }: Props) {
  return (
    <details class="complaints" data-testid="complaint-channels">
      <summary>{t('complaint.summary')}</summary>
      {channels.length === 0 ? (
        <p>{t('complaint.none')}</p>
      ) : (
        <>
          <p>{t('complaint.intro')}</p>
          <ul>
            {channels.map((channel) => {
              const href = channelHref(channel);
              const external = href?.startsWith('http');
              // Addresses and numbers are worth reading, not only clicking; web addresses are long.
              const showValue = !['form', 'lapor'].includes(channel.kind) && channel.value !== channel.label;
              return (
                <li key={`${channel.kind}:${channel.value}`}>
                  <span class="channel-kind">{t(`complaint.${channel.kind}`)}:</span>{' '}
                  {href ? (
                    <a
                      href={href}
                      target={external ? '_blank' : undefined}
                      rel={external ? 'noopener noreferrer' : undefined}
                    >
                      {channel.label}
                    </a>
                  ) : (
                    <span>{channel.label}</span>
                  )}
                  {showValue && ` (${channel.value})`}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </details>
  );
}
