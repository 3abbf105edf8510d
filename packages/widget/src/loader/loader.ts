// The host-page script a webmaster pastes. Plain DOM, no framework: it draws
// the bubble inside its own shadow root and loads the chat UI, in an iframe
// served by the chat server, only when the visitor first opens it.

type Command = ['open'] | ['close'] | ['setLanguage', 'id' | 'en'];
interface LoaderApi {
  open(): void;
  close(): void;
  setLanguage(lang: 'id' | 'en'): void;
}
declare global {
  interface Window {
    /** Calls made before the script loaded wait in `q`; see README, Embedding. */
    PSTLiveChat?: Partial<LoaderApi> & { q?: Command[] };
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const office = script?.dataset.office ?? '';
const chatOrigin = script ? new URL(script.src).origin : location.origin;
let lang: 'id' | 'en' = script?.dataset.lang === 'en' ? 'en' : 'id';
const onLeft = script?.dataset.position === 'left';

const label = { id: 'Buka konsultasi statistik', en: 'Open statistical consultation' };

const host = document.createElement('pst-livechat');
const root = host.attachShadow({ mode: 'open' });
root.innerHTML = `<style>
:host{all:initial;position:fixed;bottom:16px;${onLeft ? 'left' : 'right'}:16px;z-index:2147483000}
button{all:initial;box-sizing:border-box;width:56px;height:56px;border-radius:50%;background:#0b4f8a;cursor:pointer;display:flex;align-items:center;justify-content:center;box-shadow:0 2px 8px rgba(0,0,0,.3)}
button:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
svg{width:28px;height:28px;fill:#fff}
iframe{position:fixed;bottom:84px;${onLeft ? 'left' : 'right'}:16px;width:min(380px,calc(100vw - 32px));height:min(600px,calc(100vh - 100px));border:0;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.25);background:#fff}
iframe[hidden]{display:none}
@media (max-width:639px){iframe{inset:0;width:100%;height:100%;border-radius:0}}
</style><button type="button" data-testid="chat-bubble" aria-expanded="false"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16v12H7l-3 3z"/></svg></button>`;
const bubble = root.querySelector('button') as HTMLButtonElement;
bubble.setAttribute('aria-label', label[lang]);
let frame: HTMLIFrameElement | undefined;

function open(): void {
  if (!frame) {
    frame = document.createElement('iframe');
    frame.title = label[lang];
    frame.src = `${chatOrigin}/widget/?office=${encodeURIComponent(office)}&lang=${lang}`;
    root.append(frame);
  }
  frame.hidden = false;
  bubble.setAttribute('aria-expanded', 'true');
}

function close(): void {
  if (frame) frame.hidden = true;
  bubble.setAttribute('aria-expanded', 'false');
  bubble.focus();
}

function setLanguage(next: 'id' | 'en'): void {
  lang = next;
  bubble.setAttribute('aria-label', label[lang]);
}

bubble.addEventListener('click', () => (frame && !frame.hidden ? close() : open()));

const api: LoaderApi = { open, close, setLanguage };
const queued = window.PSTLiveChat?.q ?? [];
window.PSTLiveChat = api;
if (document.body) document.body.append(host);
else document.addEventListener('DOMContentLoaded', () => document.body.append(host));
for (const [name, arg] of queued) {
  if (name === 'setLanguage') api.setLanguage(arg);
  else if (name === 'open' || name === 'close') api[name]();
}

export {};
