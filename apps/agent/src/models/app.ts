import { computed, effect, type ReadonlySignal, signal, untracked } from '@preact/signals';
import { type Language, type Translate, translator } from '../i18n/index.ts';
import type { Api } from '../lib/api.ts';
import type { Page } from '../lib/page.ts';
import type { AgentTransport } from '../lib/transport.ts';
import { type ClosedListModel, createClosedListModel } from './closed-list.ts';
import type { ConnectionOptions } from './connection.ts';
import { createDraftsModel, type DraftsModel } from './drafts.ts';
import { createOfficeSettingsModel, type OfficeSettingsModel } from './office-settings.ts';
import { createReportsModel, type ReportsModel } from './reports.ts';
import { createRouteModel, type RouteModel } from './route.ts';
import { createSessionModel, type SessionModel } from './session.ts';
import { createSupervisorModel, type SupervisorModel } from './supervisor.ts';
import { createTicker } from './ticker.ts';
import { createWorkspaceModel, type WorkspaceModel } from './workspace.ts';

export interface AppDeps {
  /** Builds the REST client; `onUnauthenticated` is for its 401s. */
  makeApi(onUnauthenticated: () => void): Api;
  /** A new socket for each sign-in. */
  makeTransport(): AgentTransport;
  page: Page;
  win: Window;
}

export interface AppModel {
  session: SessionModel;
  drafts: DraftsModel;
  route: RouteModel;
  language: ReadonlySignal<Language>;
  t: ReadonlySignal<Translate>;
  now: ReadonlySignal<number>;
  /** Present while signed in. */
  workspace: ReadonlySignal<WorkspaceModel | null>;
  /** Present for supervisors and admins while signed in. */
  supervisor: ReadonlySignal<SupervisorModel | null>;
  /** Office settings: present for supervisors and admins while signed in. */
  officeSettings: ReadonlySignal<OfficeSettingsModel | null>;
  /** Evaluation reports: present for supervisors and admins while signed in. */
  reports: ReadonlySignal<ReportsModel | null>;
  /** Opens the browser's print dialog (the printable report). */
  print(): void;
  /** Where this app, and so the chat server and its `widget.js`, is reached. */
  chatOrigin: string;
  /** Puts text on the clipboard (the embed code). */
  copy(text: string): Promise<void>;
  closedList: ClosedListModel;
  setLanguage(lang: Language): void;
  signOut(): Promise<void>;
  start(): void;
}

const LANGUAGE_KEY = 'pst-agent:language';
/** The tab title; the unread count goes in front of it. */
const BASE_TITLE = 'PST LiveChat · Petugas';

function initialLanguage(win: Window): Language {
  const saved = win.localStorage.getItem(LANGUAGE_KEY);
  // Indonesian first, whatever the browser's language: English is the officer's explicit choice, remembered.
  return saved === 'en' ? 'en' : 'id';
}

/** The whole app's state: the session, and while signed in, the live workspace. */
export function createAppModel(deps: AppDeps): AppModel {
  const { win } = deps;
  let session: SessionModel;
  const api = deps.makeApi(() => session.expire());
  session = createSessionModel(api);
  const drafts = createDraftsModel(win.sessionStorage);
  const route = createRouteModel(win);
  const ticker = createTicker();
  const language = signal(initialLanguage(win));
  const t = computed(() => translator(language.value));
  const workspace = signal<WorkspaceModel | null>(null);
  const supervisor = signal<SupervisorModel | null>(null);
  const officeSettings = signal<OfficeSettingsModel | null>(null);
  const reports = signal<ReportsModel | null>(null);

  const open = () => {
    const me = session.me.value;
    if (!me) return;
    const created = createWorkspaceModel({
      transport: deps.makeTransport(),
      api,
      page: deps.page,
      me,
      openId: route.conversationId,
      navigate: (conversationId) => route.navigate({ view: 'inbox', conversationId }),
      translate: () => t.value,
      onUnauthenticated: () => session.expire(),
      network: win as unknown as NonNullable<ConnectionOptions['network']>,
      baseTitle: BASE_TITLE,
    });
    created.start();
    workspace.value = created;
    const firstOffice = me.offices[0];
    supervisor.value =
      me.role !== 'officer' && firstOffice ? createSupervisorModel(api, created.inbox, firstOffice) : null;
    officeSettings.value = me.role !== 'officer' ? createOfficeSettingsModel(api) : null;
    // This month, by the server's clock as the ticker follows it.
    const month = new Date(ticker.now.value).toISOString().slice(0, 7);
    reports.value =
      me.role !== 'officer' && firstOffice ? createReportsModel(api, { month, office: firstOffice }) : null;
  };
  const close = () => {
    workspace.value?.stop();
    workspace.value = null;
    deps.page.setTitle(BASE_TITLE);
    supervisor.value = null;
    officeSettings.value = null;
    reports.value = null;
  };

  return {
    session,
    drafts,
    route,
    language,
    t,
    now: ticker.now,
    workspace,
    supervisor,
    officeSettings,
    reports,
    print: () => win.print(),
    chatOrigin: win.location.origin,
    copy: (text) => win.navigator.clipboard.writeText(text),
    closedList: createClosedListModel(api),
    setLanguage(lang) {
      language.value = lang;
      win.localStorage.setItem(LANGUAGE_KEY, lang);
      win.document.documentElement.lang = lang;
    },
    async signOut() {
      drafts.clearAll();
      await session.signOut();
    },
    start() {
      route.start();
      ticker.start();
      win.document.documentElement.lang = language.value;
      effect(() => {
        const signedIn = session.phase.value === 'signedIn';
        untracked(() => {
          if (signedIn && !workspace.value) open();
          if (!signedIn && workspace.value) close();
        });
      });
      void session.check();
    },
  };
}
