import type { Closure, ComplaintChannel, ServiceSlot } from '@pst/protocol';
import { complaintChannelKinds } from '@pst/protocol/constants';
import { useEffect } from 'preact/hooks';
import { AllowedOrigins } from '../components/settings/AllowedOrigins.tsx';
import { ChatChannelsSettings } from '../components/settings/ChatChannelsSettings.tsx';
import { DeskRules } from '../components/settings/DeskRules.tsx';
import { EmbedSnippet } from '../components/settings/EmbedSnippet.tsx';
import { FileKinds } from '../components/settings/FileKinds.tsx';
import { MailboxSettings } from '../components/settings/MailboxSettings.tsx';
import { OfficeAuditList } from '../components/settings/OfficeAuditList.tsx';
import { PrivacyNotice } from '../components/settings/PrivacyNotice.tsx';
import { type Column, RowsEditor } from '../components/settings/RowsEditor.tsx';
import { WidgetLook } from '../components/settings/WidgetLook.tsx';
import { useT } from '../i18n/context.ts';
import type { OfficeSettingsModel } from '../models/office-settings.ts';

const weekdays = ([1, 2, 3, 4, 5, 6, 7] as const).map((day) => ({
  value: String(day),
  label: `weekday.${day}` as const,
}));
const hourColumns: Column<ServiceSlot>[] = [
  { key: 'weekday', label: 'settings.weekday', type: 'select', options: weekdays, numeric: true },
  { key: 'start', label: 'settings.start', type: 'time' },
  { key: 'end', label: 'settings.end', type: 'time' },
];
const closureColumns: Column<Closure>[] = [
  { key: 'date', label: 'settings.date', type: 'date' },
  { key: 'label', label: 'settings.label', type: 'text' },
];
const channelColumns: Column<ComplaintChannel>[] = [
  {
    key: 'kind',
    label: 'settings.kind',
    type: 'select',
    options: complaintChannelKinds.map((kind) => ({ value: kind, label: `channel.${kind}` as const })),
  },
  { key: 'value', label: 'settings.value', type: 'text' },
  { key: 'label', label: 'settings.label', type: 'text' },
];

interface Props {
  settings: OfficeSettingsModel;
  chatOrigin: string;
  copy(text: string): Promise<void>;
}

/** An office's settings, each part saved on its own, checked by the server, and listed in the office audit. */
export function SettingsView({ settings, chatOrigin, copy }: Props) {
  const t = useT();
  const office = settings.office.value;
  const offices = settings.offices.value;
  const failure = settings.failure.value;
  useEffect(() => void settings.load(), [settings]);

  return (
    <div class="supervisor" data-testid="settings-view">
      <div class="supervisor-head">
        <h1>{t('settings.title', { office: office ? `${office.code} ${office.name}` : '' })}</h1>
        {offices.length > 1 && (
          <label>
            {t('supervisor.office')}
            <select
              data-testid="settings-office"
              value={office?.code}
              onChange={(event) => void settings.select(event.currentTarget.value)}
            >
              {offices.map((known) => (
                <option key={known.code} value={known.code}>
                  {known.code} {known.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {failure && (
        <p role="alert" class="notice" data-testid="settings-failure">
          {t(failure.code === 'BAD_REQUEST' ? 'settings.invalid' : 'settings.failed')} {failure.detail}
        </p>
      )}
      {office ? (
        <div class="grid">
          <RowsEditor
            id="hours"
            title="settings.hours"
            hint="settings.hoursHint"
            rows={office.serviceHours}
            columns={hourColumns}
            blank={{ weekday: 1, start: '08:00', end: '16:00' }}
            onSave={(serviceHours) => settings.save({ serviceHours })}
          />
          <RowsEditor
            id="closures"
            title="settings.closures"
            hint="settings.closuresHint"
            rows={office.closures}
            columns={closureColumns}
            blank={{ date: '', label: '' }}
            onSave={(closures) => settings.save({ closures })}
          />
          <DeskRules office={office} onSave={settings.save} />
          <PrivacyNotice notice={office.privacyNotice} onSave={settings.save} />
          <FileKinds kinds={office.fileKinds} onSave={(fileKinds) => settings.save({ fileKinds })} />
          <WidgetLook widget={office.widget} onSave={settings.save} />
          <AllowedOrigins
            origins={office.allowedOrigins}
            onSave={(allowedOrigins) => settings.save({ allowedOrigins })}
            onCheck={settings.checkOrigin}
          />
          <MailboxSettings mailbox={settings.mailbox.value} onSave={settings.saveMailbox} />
          <ChatChannelsSettings
            channels={settings.chatChannels.value}
            chatOrigin={chatOrigin}
            officeCode={office.code}
            onSave={settings.saveChatChannel}
          />
          <EmbedSnippet chatOrigin={chatOrigin} officeCode={office.code} copy={copy} />
          <RowsEditor
            id="channels"
            title="settings.channels"
            rows={office.complaintChannels}
            columns={channelColumns}
            blank={{ kind: 'email', value: '', label: '' }}
            onSave={(complaintChannels) => settings.save({ complaintChannels })}
          />
          <OfficeAuditList entries={settings.audit.value} timeZone={office.timeZone} />
        </div>
      ) : (
        !failure && <p class="empty">{t('common.loading')}</p>
      )}
    </div>
  );
}
