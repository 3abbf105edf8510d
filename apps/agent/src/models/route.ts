import { type ReadonlySignal, signal } from '@preact/signals';

/** Where the officer is: the inbox (with a conversation open or not), the supervisor's office view, or office settings. */
export type Route =
  | { view: 'inbox'; conversationId: string | null }
  | { view: 'supervisor' }
  | { view: 'settings' }
  | { view: 'reports' };

export function parseRoute(hash: string): Route {
  const chat = /^#\/chat\/([0-9a-f]{24})$/.exec(hash);
  if (chat?.[1]) return { view: 'inbox', conversationId: chat[1] };
  if (hash === '#/supervisor') return { view: 'supervisor' };
  if (hash === '#/settings') return { view: 'settings' };
  if (hash === '#/reports') return { view: 'reports' };
  return { view: 'inbox', conversationId: null };
}

export function routeHash(route: Route): string {
  if (route.view !== 'inbox') return `#/${route.view}`;
  return route.conversationId ? `#/chat/${route.conversationId}` : '#/';
}

export interface RouteModel {
  route: ReadonlySignal<Route>;
  /** The open conversation, for the workspace. */
  conversationId: ReadonlySignal<string | null>;
  navigate(route: Route): void;
  start(): void;
  stop(): void;
}

/** The route lives in the address bar's hash, so back/forward and a reload keep the open chat. */
export function createRouteModel(
  win: Pick<Window, 'location' | 'addEventListener' | 'removeEventListener'>,
): RouteModel {
  const route = signal<Route>(parseRoute(win.location.hash));
  const conversationId = signal<string | null>(null);
  const apply = (next: Route) => {
    route.value = next;
    conversationId.value = next.view === 'inbox' ? next.conversationId : null;
  };
  apply(route.value);
  const onHash = () => apply(parseRoute(win.location.hash));
  return {
    route,
    conversationId,
    navigate(next) {
      apply(next);
      const hash = routeHash(next);
      if (win.location.hash !== hash) win.location.hash = hash;
    },
    start: () => win.addEventListener('hashchange', onHash),
    stop: () => win.removeEventListener('hashchange', onHash),
  };
}
