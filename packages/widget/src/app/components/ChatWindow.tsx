import type { Language, Translate } from '../i18n/index.ts';
import { brandColours } from '../lib/colour.ts';
import type { Consultation } from '../models/consultation.ts';
import type { OfficeModel } from '../models/office.ts';
import type { WindowModel } from '../models/window.ts';
import { ConnectionState } from './ConnectionState.tsx';
import { ConversationView } from './ConversationView.tsx';
import { MyDataPanel } from './MyDataPanel.tsx';
import { PreChat } from './PreChat.tsx';
import { WindowFooter } from './WindowFooter.tsx';
import { WindowHeader } from './WindowHeader.tsx';

interface Props {
  t: Translate;
  lang: Language;
  office: OfficeModel;
  consultation: Consultation;
  window: WindowModel;
  onToggleLanguage(): void;
  /** Absent when not embedded. */
  onClose?: (() => void) | undefined;
}

/** The whole chat window: header, connection, the current screen, complaint channels. */
export function ChatWindow({ t, lang, office, consultation, window, onToggleLanguage, onClose }: Props) {
  const info = office.info.value;
  const load = office.load.value;
  const screen = consultation.screen.value;
  const { connection } = consultation;
  const colours = brandColours(info?.colour);

  return (
    <div
      class="window"
      data-testid="chat-window"
      style={colours ? { '--brand': colours.brand, '--brand-text': colours.text } : undefined}
    >
      <WindowHeader t={t} lang={lang} office={info} onToggleLanguage={onToggleLanguage} onClose={onClose} />
      <ConnectionState t={t} state={connection.state.value} refusal={connection.refusal.value} />
      <main class="window-body">
        {(load === 'failed' || load === 'unknown') && (
          <div class="notice" role="alert">
            <p>{t(load === 'unknown' ? 'office.unknown' : 'office.failed')}</p>
            {load === 'failed' && (
              <button type="button" class="secondary" onClick={() => void office.fetch()}>
                {t('office.retry')}
              </button>
            )}
          </div>
        )}
        {load !== 'unknown' && screen === 'loading' && <p class="loading">{t('window.loading')}</p>}
        {load !== 'unknown' && screen === 'prechat' && (
          <PreChat
            t={t}
            lang={lang}
            office={info}
            registered={consultation.registered.value}
            onRegister={consultation.register}
            onStart={consultation.start}
            onConsent={consultation.consent}
          />
        )}
        {screen === 'conversation' && <ConversationView t={t} office={info} consultation={consultation} />}
      </main>
      {consultation.registered.value && (
        <MyDataPanel t={t} zoneName={info?.zoneName ?? ''} consultation={consultation} />
      )}
      <WindowFooter
        t={t}
        channels={info?.complaintChannels ?? []}
        sound={window.sound.value}
        onToggleSound={window.toggleSound}
      />
    </div>
  );
}
