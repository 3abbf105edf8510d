import type { OfficerSelf } from '@pst/protocol';
import { useEffect, useState } from 'preact/hooks';
import { ClosedList } from '../components/ClosedList.tsx';
import { type InboxTab, InboxTabs } from '../components/InboxTabs.tsx';
import { MineList } from '../components/MineList.tsx';
import { Notice } from '../components/Notice.tsx';
import { QueueList } from '../components/QueueList.tsx';
import { useT } from '../i18n/context.ts';
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

/** The officer's day: the inbox lists on the left, the open conversation on the right. */
export function WorkspaceView({ me, workspace, drafts, closedList, now, keyTarget }: Props) {
  const t = useT();
  const { inbox } = workspace;
  // Until the officer picks a tab: Mine when they hold chats, else the queue (the inbox may still be loading).
  const [chosenTab, setTab] = useState<InboxTab | null>(null);
  const tab = chosenTab ?? (inbox.mine.value.length > 0 ? 'mine' : 'queue');
  const [dialog, setDialog] = useState<ConversationDialog>(null);
  const openId = workspace.openId.value;

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
    <div class="workspace">
      <aside class="sidebar">
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
          {tab === 'queue' && (
            <QueueList
              queue={inbox.queue.value}
              now={now}
              onAccept={(id) => {
                void workspace.accept(id).then((accepted) => accepted && setTab('mine'));
              }}
            />
          )}
          {tab === 'mine' && (
            <MineList mine={inbox.mine.value} unread={workspace.unread.value} openId={openId} onOpen={workspace.open} />
          )}
          {tab === 'closed' && (
            <ClosedList
              page={closedList.page.value}
              loading={closedList.loading.value}
              failed={closedList.failed.value}
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
        {openId ? (
          <ConversationView
            key={openId}
            id={openId}
            me={me}
            workspace={workspace}
            drafts={drafts}
            dialog={dialog}
            onDialog={setDialog}
          />
        ) : (
          <p class="empty">{t('conversation.none')}</p>
        )}
      </main>
    </div>
  );
}
