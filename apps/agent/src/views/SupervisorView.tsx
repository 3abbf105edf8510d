import type { OfficerSelf } from '@pst/protocol';
import { useEffect } from 'preact/hooks';
import { ActiveChatsTable } from '../components/ActiveChatsTable.tsx';
import { CannedManager } from '../components/CannedManager.tsx';
import { DataRequestsTable } from '../components/DataRequestsTable.tsx';
import { ExpiringTable } from '../components/ExpiringTable.tsx';
import { Notice } from '../components/Notice.tsx';
import { OfficeQueueTable } from '../components/OfficeQueueTable.tsx';
import { OfficerPresenceTable } from '../components/OfficerPresenceTable.tsx';
import { OfficersManager } from '../components/OfficersManager.tsx';
import { useT } from '../i18n/context.ts';
import { deadlineOf } from '../lib/deadline.ts';
import type { SupervisorModel } from '../models/supervisor.ts';
import type { WorkspaceModel } from '../models/workspace.ts';

interface Props {
  me: OfficerSelf;
  workspace: WorkspaceModel;
  supervisor: SupervisorModel;
  now: number;
}

/** The supervisor's office at a glance, live: queue, chats being served, officers; and its settings. */
export function SupervisorView({ me, workspace, supervisor, now }: Props) {
  const t = useT();
  const office = supervisor.officeCode.value;
  const { inbox, canned } = workspace;

  useEffect(() => {
    void supervisor.load();
    void canned.load(office).catch(() => {});
  }, [supervisor, canned, office]);

  // Each call reports success as a boolean; the failure's reason is already in the model's error.
  const tryCanned = (work: () => Promise<void>) =>
    work().then(
      () => true,
      () => false,
    );

  return (
    <div class="supervisor">
      <div class="supervisor-head">
        <h1>{t('supervisor.title', { office })}</h1>
        {me.offices.length > 1 && (
          <label>
            {t('supervisor.office')}
            <select value={office} onChange={(event) => void supervisor.selectOffice(event.currentTarget.value)}>
              {me.offices.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {workspace.notice.value && <Notice code={workspace.notice.value} onDismiss={workspace.dismissNotice} />}
      <div class="grid">
        <OfficeQueueTable queue={inbox.queue.value.filter((line) => line.officeCode === office)} now={now} />
        <ActiveChatsTable
          chats={inbox.active.value.filter((chat) => chat.officeCode === office)}
          officers={inbox.officers.value}
          now={now}
          deadlineOf={(chat) => {
            const desk = inbox.desks.value.get(chat.officeCode);
            return { view: deadlineOf(chat, desk, now + inbox.clockOffsetMs.value), desk };
          }}
          onOpen={workspace.open}
          onReassign={(id, officerId) => void workspace.transfer(id, officerId)}
        />
        <OfficerPresenceTable officers={inbox.officers.value} />
        <DataRequestsTable
          requests={supervisor.dataRequests.value}
          onComplete={(id) => void supervisor.completeDataRequest(id)}
        />
        <ExpiringTable items={supervisor.expiring.value} />
        <CannedManager
          items={canned.of(office)}
          onCreate={(shortcut, text, faq) => tryCanned(() => canned.create(office, shortcut, text, faq))}
          onUpdate={(id, change) => tryCanned(() => canned.update(office, id, change))}
          onDelete={(id) => tryCanned(() => canned.remove(office, id))}
        />
        <OfficersManager
          officers={supervisor.officers.value}
          meId={me.id}
          error={supervisor.error.value}
          onCreate={supervisor.createOfficer}
          onSetDisabled={supervisor.setDisabled}
          onResetPassword={supervisor.resetPassword}
        />
      </div>
    </div>
  );
}
