import type { OfficerSelf } from '@pst/protocol';
import { useEffect, useState } from 'preact/hooks';
import { ClosedList } from '../components/ClosedList.tsx';
import { DeadlineFilterBar } from '../components/DeadlineFilterBar.tsx';
import { type InboxTab, InboxTabs } from '../components/InboxTabs.tsx';
import { MineList } from '../components/MineList.tsx';
import { Notice } from '../components/Notice.tsx';
import { QueueList } from '../components/QueueList.tsx';
import { RemindersPanel } from '../components/RemindersPanel.tsx';
import { useT } from '../i18n/context.ts';
import { type DeadlineFilter, type DeadlineOf, deadlineOf, matchesFilter } from '../lib/deadline.ts';
import { bindShortcuts } from '../lib/shortcuts.ts';
import type { ClosedListModel } from '../models/closed-list.ts';
import type { DraftsModel } from '../models/drafts.ts';
import type { WorkspaceModel } from '../models/workspace.ts';
import { type ConversationDialog, ConversationView } from './ConversationView.tsx';

interface Props {
  me: OfficerSelf;
  workspace: WorkspaceModel;
  drafts: DraftsModel;
  closedList: ClosedListModel;
  now: number;
  /** Where keyboard shortcuts are listened for; the document in the app. */
  keyTarget?: EventTarget;
}

/**
 * The officer's day: the inbox lists on the left, the open conversation on the right. On a phone they are two
 * screens (CSS on `data-open`): the list, or the conversation with a way back to the list.
 */
export function WorkspaceView({ me, workspace, drafts, closedList, now, keyTarget }: Props) {
  const t = useT();
  const { inbox } = workspace;
  // Until the officer picks a tab: Mine when they hold chats, else the queue (the inbox may still be loading).
  const [chosenTab, setTab] = useState<InboxTab | null>(null);
  const tab = chosenTab ?? (inbox.mine.value.length > 0 ? 'mine' : 'queue');
  const [dialog, setDialog] = useState<ConversationDialog>(null);
  const [filter, setFilter] = useState<DeadlineFilter>('all');
  const openId = workspace.openId.value;
  // Deadlines are judged by the server's clock (the browser's may be off), in each office's zone.
  const serverNow = now + inbox.clockOffsetMs.value;
  const desks = inbox.desks.value;
  const judge: DeadlineOf = (chat) => {
    const desk = desks.get(chat.officeCode);
    return { view: deadlineOf(chat, desk, serverNow), desk };
  };
  const listed = tab === 'queue' ? inbox.queue.value : inbox.mine.value;
  const views = listed.map((chat) => judge(chat).view);
  const counts = {
    overdue: views.filter((view) => view.overdue).length,
    today: views.filter((view) => view.dueToday).length,
  };
  const filtered = (chats: typeof listed) => chats.filter((chat) => matchesFilter(judge(chat).view, filter));

  useEffect(() => {
    const target = keyTarget ?? document;
    return bindShortcuts(target, {
      nextChat: () => {
        setTab('mine');
        workspace.nextChat();
      },
      acceptNext: () => void workspace.acceptNext(),
      closeChat: () => {
        if (workspace.openId.value) setDialog('close');
      },
    });
  }, [workspace, keyTarget]);

  useEffect(() => setDialog(null), [openId]);

  const chooseTab = (next: InboxTab) => {
    setTab(next);
    if (next === 'closed' && !closedList.page.value) void closedList.search('');
  };

  return (
    <div class="workspace" data-open={openId ? '' : undefined}>
      <aside class="sidebar" aria-label={t('inbox.label')}>
        <RemindersPanel
          reminders={inbox.reminders.value}
          desks={desks}
          onOpen={workspace.open}
          onDismiss={(id) => void workspace.dismissReminder(id)}
        />
        <InboxTabs
          tab={tab}
          onTab={chooseTab}
          counts={{
            queue: inbox.queue.value.length,
            mine: inbox.mine.value.length,
            unread: workspace.totalUnread.value,
          }}
        />
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel">
          {tab !== 'closed' && <DeadlineFilterBar filter={filter} counts={counts} onFilter={setFilter} />}
          {tab !== 'closed' && filter !== 'all' && filtered(listed).length === 0 && (
            <p class="empty">{t('deadline.filterEmpty')}</p>
          )}
          {tab === 'queue' && (
            <QueueList
              queue={filtered(inbox.queue.value)}
              now={now}
              deadlineOf={judge}
              onAccept={(id) => {
                void workspace.accept(id).then((accepted) => accepted && setTab('mine'));
              }}
            />
          )}
          {tab === 'mine' && (
            <MineList
              mine={filtered(inbox.mine.value)}
              unread={workspace.unread.value}
              openId={openId}
              deadlineOf={judge}
              onOpen={workspace.open}
            />
          )}
          {tab === 'closed' && (
            <ClosedList
              page={closedList.page.value}
              loading={closedList.loading.value}
              failed={closedList.failed.value}
              deadlineOf={judge}
              onSearch={(query) => void closedList.search(query)}
              onPage={(page) => void closedList.goTo(page)}
              onOpen={workspace.open}
            />
          )}
        </div>
        <p class="shortcuts muted">{t('shortcuts.hint')}</p>
      </aside>
      <main class="main">
        {workspace.notice.value && <Notice code={workspace.notice.value} onDismiss={workspace.dismissNotice} />}
        {openId && (
          <button
            type="button"
            class="link back-to-list"
            data-testid="back-to-list"
            onClick={() => workspace.open(null)}
          >
            ← {t('conversation.back')}
          </button>
        )}
        {openId ? (
          <ConversationView
            key={openId}
            id={openId}
            me={me}
            workspace={workspace}
            drafts={drafts}
            deadlineOf={judge}
            dialog={dialog}
            onDialog={setDialog}
          />
        ) : (
          <>
            {/* The page's heading while no chat is open; an open chat's is the visitor's name. */}
            <h1 class="sr-only">{t('inbox.label')}</h1>
            <p class="empty">{t('conversation.none')}</p>
          </>
        )}
      </main>
    </div>
  );
}
