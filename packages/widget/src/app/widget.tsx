import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { ChatWindow } from './components/ChatWindow.tsx';
import { indonesian, type Language, loadTranslator, type Translate } from './i18n/index.ts';
import { createChime } from './lib/chime.ts';
import { useFileHeaders } from './lib/file-access.ts';
import { browserStore } from './lib/storage.ts';
import { createHostBridge, parseHostOrigin } from './models/bridge.ts';
import { createConsultation } from './models/consultation.ts';
import { createOfficeModel } from './models/office.ts';
import { createWindowModel } from './models/window.ts';
import type { VisitorTransport } from './transport/visitor-transport.ts';

/** The host page's address, for the officer's context, when the browser tells us and it is plausible. */
function hostPageUrl(hostOrigin: string | undefined, referrer: string): string | undefined {
  if (!hostOrigin || !referrer.startsWith(`${hostOrigin}/`) || referrer.length > 2000) return undefined;
  return referrer;
}

/**
 * Builds every model of the chat UI from the iframe's URL and the browser,
 * wires them together and renders the window. The only place with side
 * effects, called once by main.tsx.
 */
export function startWidget(root: HTMLElement, transport: VisitorTransport): void {
  const params = new URLSearchParams(location.search);
  const officeCode = params.get('office') ?? '';
  const lang = signal<Language>(params.get('lang') === 'en' ? 'en' : 'id');
  const hostOrigin = parseHostOrigin(params.get('host'));
  const bridge = createHostBridge({
    hostOrigin,
    self: window,
    parent: window.parent,
    ancestorOrigin: location.ancestorOrigins?.[0],
  });
  const store = browserStore(`pst-livechat:${officeCode}:`);
  const office = createOfficeModel({ officeCode, fetch: (input) => fetch(input) });
  const windowModel = createWindowModel({
    initiallyOpen: !bridge.enabled,
    store,
    pageHidden: () => document.hidden,
    onUnread: (count) => bridge.post({ type: 'unread', count }),
    chime: createChime(),
  });
  const consultation = createConsultation({
    officeCode,
    transport,
    store,
    pageUrl: hostPageUrl(hostOrigin, document.referrer),
    onIncoming: () => windowModel.noteIncoming(),
  });
  transport.on('office:status', office.applyStatus);

  bridge.onMessage((message) => {
    if (message.type === 'setLanguage') lang.value = message.lang;
    else windowModel.setOpen(message.type === 'open');
  });
  // Connect when the visitor opens the window, or at once when a conversation may be under way (unread badge).
  effect(() => {
    if (windowModel.open.value || consultation.expectsConversation()) consultation.connect();
  });
  // Focus moves into the window when it opens: to its title, so a phone keyboard does not pop up unasked.
  effect(() => {
    if (windowModel.open.value) requestAnimationFrame(() => root.querySelector<HTMLElement>('h1')?.focus());
  });
  effect(() => {
    if (windowModel.open.value && consultation.conversation.messages.value.length) consultation.markRead();
  });
  // The texts follow the language once its catalogue is here (English is fetched on first use); until then,
  // Indonesian, so the window never waits for text.
  const t = signal<Translate>(indonesian);
  effect(() => {
    const wanted = lang.value;
    loadTranslator(wanted).then(
      (loaded) => {
        if (lang.value === wanted) t.value = loaded;
      },
      // Not fetched (offline): the button keeps offering the language, and a later press tries again.
      () => {
        if (lang.value === wanted) lang.value = t.value.lang;
      },
    );
  });
  effect(() => {
    document.documentElement.lang = t.value.lang;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') bridge.post({ type: 'close' });
  });
  void office.fetch();

  useFileHeaders(() => consultation.fileAccess()?.headers);

  function App() {
    return (
      <ChatWindow
        t={t.value}
        lang={t.value.lang}
        office={office}
        consultation={consultation}
        window={windowModel}
        onToggleLanguage={() => (lang.value = lang.value === 'id' ? 'en' : 'id')}
        onClose={bridge.enabled ? () => bridge.post({ type: 'close' }) : undefined}
      />
    );
  }
  render(<App />, root);
  bridge.post({ type: 'ready' });
}
