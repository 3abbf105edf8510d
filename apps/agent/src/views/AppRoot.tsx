import { AppHeader } from '../components/AppHeader.tsx';
import { TranslateContext } from '../i18n/context.ts';
import type { AppModel } from '../models/app.ts';
import { LoginView } from './LoginView.tsx';
import { ReportsView } from './ReportsView.tsx';
import { SettingsView } from './SettingsView.tsx';
import { SupervisorView } from './SupervisorView.tsx';
import { WorkspaceView } from './WorkspaceView.tsx';

/** Signed out: the login. Signed in: the header over the inbox or the supervisor's view. */
export function AppRoot({ app }: { app: AppModel }) {
  const t = app.t.value;
  const workspace = app.workspace.value;
  const me = workspace?.inbox.me.value;
  const route = app.route.route.value;
  const supervisor = app.supervisor.value;
  const settings = app.officeSettings.value;
  const reports = app.reports.value;

  let body = <p class="empty">{t('common.loading')}</p>;
  if (app.session.phase.value === 'signedOut') body = <LoginView session={app.session} />;
  else if (workspace && me) {
    const view =
      route.view === 'supervisor' && supervisor
        ? 'supervisor'
        : route.view === 'settings' && settings
          ? 'settings'
          : route.view === 'reports' && reports
            ? 'reports'
            : 'inbox';
    body = (
      <div class="app">
        <AppHeader
          me={me}
          connection={workspace.connection.state.value}
          pendingPresence={workspace.presence.pending.value}
          view={view}
          lang={app.language.value}
          onPresence={(status) => void workspace.setPresence(status)}
          onLanguage={app.setLanguage}
          onView={(next) =>
            app.route.navigate(next === 'inbox' ? { view: 'inbox', conversationId: null } : { view: next })
          }
          onLogout={() => void app.signOut()}
        />
        {/* One main landmark per screen: the inbox and the reports have their own. */}
        {view === 'supervisor' && supervisor ? (
          <main>
            <SupervisorView me={me} workspace={workspace} supervisor={supervisor} now={app.now.value} />
          </main>
        ) : view === 'reports' && reports ? (
          <ReportsView me={me} reports={reports} onPrint={app.print} />
        ) : view === 'settings' && settings ? (
          <main>
            <SettingsView settings={settings} chatOrigin={app.chatOrigin} copy={app.copy} />
          </main>
        ) : (
          <WorkspaceView
            me={me}
            workspace={workspace}
            drafts={app.drafts}
            closedList={app.closedList}
            now={app.now.value}
          />
        )}
      </div>
    );
  }
  return <TranslateContext.Provider value={t}>{body}</TranslateContext.Provider>;
}
