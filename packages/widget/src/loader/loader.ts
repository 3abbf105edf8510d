// The host-page script a webmaster pastes. Plain DOM, no framework: it draws
// the bubble inside its own shadow root, asks the chat server once whether
// the desk is open, and loads the chat UI, in an iframe served by the chat
// server, once the visitor shows intent: hover, focus or click on the bubble.
//
// Written for bytes (budget: 2 KB gzip): no `?.` or `??`, which es2019
// output spells out at length.

import { type HostToFrame, isFrameToHost, type Language } from '../shared/frame-messages.ts';
import { drawBubble } from './bubble.ts';
import { loaderWords } from './strings.ts';

type Command = ['open'] | ['close'] | ['setLanguage', Language];
interface LoaderApi {
  open(): void;
  close(): void;
  setLanguage(lang: Language): void;
}
interface OfficeSummary {
  greeting: Record<Language, string>;
  open: boolean;
  available: boolean;
  colour: string;
  /** Set when this page's origin may not embed the office's chat: the note per language, the webmaster's line. */
  originRefused?: Record<Language | 'log', string>;
}
declare global {
  interface Window {
    /** Calls made before the script loaded wait in `q`; see README, Embedding. */
    PSTLiveChat?: Partial<LoaderApi> & { q?: Command[] };
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const existing = window.PSTLiveChat || {};
// A second copy of the tag must not draw a second bubble.
if (script && !existing.open) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script));
}

function start(script: HTMLScriptElement): void {
  const data = script.dataset;
  const office = data.office || '';
  const chatOrigin = new URL(script.src).origin;
  // Indonesian unless the page asks for English: many Indonesian visitors' browsers are set to en-US.
  let lang: Language = data.lang === 'en' ? 'en' : 'id';
  const root = drawBubble(data.position === 'left' ? 'left' : 'right');
  const bubble = root.querySelector('button') as HTMLButtonElement;
  const badge = root.querySelector('b') as HTMLElement;

  let info: OfficeSummary | undefined;
  /** Set when this page may not embed the chat. */
  let refused: OfficeSummary['originRefused'];
  let reachable: boolean | undefined;
  let unread = 0;
  let frame: HTMLIFrameElement | undefined;
  let frameReady = false;

  function describe(): void {
    const words = loaderWords[lang] as string[];
    const state = reachable === false ? 4 : !info ? 0 : refused ? 5 : info.available ? 1 : info.open ? 2 : 3;
    bubble.dataset.s = `${state}`;
    bubble.setAttribute('aria-label', words[0] as string);
    const said = refused ? refused[lang] : state && words[state];
    // The title is the tooltip on hover and the bubble's accessible description.
    // biome-ignore lint/complexity/useOptionalChain: `?.` costs bytes in es2019 output
    bubble.title = [info && info.greeting[lang], said, unread && `${unread} ${words[5]}`].filter(Boolean).join(' ');
    // The badge counts unread messages, or says the chat is not available on this page.
    badge.textContent = refused ? (said as string) : `${unread}`;
    badge.hidden = !refused && !unread;
  }

  // One request, never a retry loop: a server that is down costs the page one failed fetch.
  function fetchOffice(): Promise<boolean | undefined> {
    return fetch(`${chatOrigin}/api/widget/${encodeURIComponent(office)}`)
      .then((res) => (res.ok ? res.json() : Promise.reject()))
      .then(
        (body: OfficeSummary) => {
          info = body;
          refused = body.originRefused;
          // One plain line for the webmaster: which origin to allow, and where.
          if (refused) console.warn(refused.log);
          // The server stores only `#rrggbb`; a custom property's value cannot reach beyond it anyway.
          bubble.style.setProperty('--c', body.colour);
          reachable = true;
          return true;
        },
        () => {
          reachable = false;
          return false;
        },
      )
      .finally(describe);
  }

  function post(message: HostToFrame): void {
    if (frame && frameReady) (frame.contentWindow as Window).postMessage(message, chatOrigin);
  }

  function load(): HTMLIFrameElement {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.hidden = true;
      frame.title = loaderWords[lang][0] as string;
      frame.src = `${chatOrigin}/widget/?${new URLSearchParams({ office, lang, host: location.origin })}`;
      root.append(frame);
    }
    return frame;
  }

  /** Opens or minimises the window; focus goes into it, and back to the bubble. */
  function show(open: boolean): void {
    // After a failed fetch the visitor's click is worth one more; the window opens only if it answers.
    if (open && reachable === false) return void fetchOffice().then((ok) => ok && show(true));
    // A page that may not embed the chat keeps its note; a window there could not work.
    if (refused || (!open && !frame)) return;
    const shown = load();
    if (shown.hidden !== open) return;
    shown.hidden = !open;
    bubble.setAttribute('aria-expanded', `${open}`);
    if (open) unread = 0;
    describe();
    post({ type: open ? 'open' : 'close' });
    (open ? shown : bubble).focus();
  }

  function setLanguage(next: Language): void {
    lang = next === 'en' ? 'en' : 'id';
    describe();
    post({ type: 'setLanguage', lang });
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== chatOrigin || !frame || event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!isFrameToHost(message)) return;
    if (message.type === 'ready') {
      frameReady = true;
      post({ type: 'setLanguage', lang });
      if (!frame.hidden) post({ type: 'open' });
    } else if (message.type === 'close') {
      show(false);
    } else if (frame.hidden) {
      unread = message.count;
      describe();
    }
  });
  // Handler properties on our own elements: shorter than addEventListener, and nobody else's to clobber.
  bubble.onclick = () => show(!frame || frame.hidden);

  fetchOffice();
  // The office summary came over an anonymous (CORS) connection; the iframe needs a credentialed one.
  // Opening it ahead costs no bytes and saves a handshake on the click.
  const hint = document.createElement('link');
  hint.rel = 'preconnect';
  hint.href = chatOrigin;
  document.head.append(hint);
  // The chat UI loads on intent only (a page view that never reaches for the bubble pays for the
  // loader alone): hover or focus starts it, so it is usually ready by the click that opens it.
  bubble.onpointerenter = bubble.onfocus = () => reachable && !refused && load();

  const api: LoaderApi = { open: () => show(true), close: () => show(false), setLanguage };
  const queued = existing.q || [];
  window.PSTLiveChat = api;
  describe();
  for (const [name, arg] of queued) if (api[name]) api[name](arg as Language);
}
