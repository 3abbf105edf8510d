import { batch, effect, type ReadonlySignal, signal, untracked } from '@preact/signals';
import type {
  CompleteGuestBookInput,
  ConversationSummary,
  Message,
  OfficerSelf,
  PresenceStatus,
  Purpose,
} from '@pst/protocol';
import { systemText, type Translate } from '../i18n/index.ts';
import { type Api, ApiFailure } from '../lib/api.ts';
import type { Page } from '../lib/page.ts';
import type { AgentTransport } from '../lib/transport.ts';
import { type CannedModel, createCannedModel } from './canned.ts';
import { type ConnectionModel, type ConnectionOptions, createConnectionModel } from './connection.ts';
import { type ConversationModel, createConversationModel } from './conversation.ts';
import { createInboxModel, type InboxModel } from './inbox.ts';
import { createNotesModel, type NotesModel } from './notes.ts';
import { createPresenceModel, type PresenceModel } from './presence.ts';
import { createReadStateModel } from './read-state.ts';

export interface WorkspaceDeps {
  transport: AgentTransport;
  api: Api;
  page: Page;
  me: OfficerSelf;
  /** The open conversation (from the address bar) and the way to change it. */
  openId: ReadonlySignal<string | null>;
  navigate(conversationId: string | null): void;
  /** The translator of the moment, for notification texts. */
  translate(): Translate;
  onUnauthenticated(): void;
  network?: ConnectionOptions['network'];
  baseTitle?: string;
}

export interface WorkspaceModel {
  connection: ConnectionModel;
  inbox: InboxModel;
  canned: CannedModel;
  notes: NotesModel;
  presence: PresenceModel;
  openId: ReadonlySignal<string | null>;
  /** The error code of the last refused action (ALREADY_TAKEN …), until the next one. */
  notice: ReadonlySignal<string | null>;
  unread: ReadonlySignal<ReadonlyMap<string, number>>;
  totalUnread: ReadonlySignal<number>;
  /** The conversation's model, created and synced on first use. */
  conversation(id: string): ConversationModel;
  /** The conversation's model if it exists already; for rendering, which must not create one. */
  find(id: string): ConversationModel | undefined;
  start(): void;
  stop(): void;
  open(id: string | null): void;
  nextChat(): void;
  accept(id: string): Promise<boolean>;
  acceptNext(): Promise<boolean>;
  setPresence(status: PresenceStatus): Promise<void>;
  transfer(id: string, officerId: string): Promise<boolean>;
  close(id: string, topic: Purpose, summary?: string): Promise<boolean>;
  /** The topic of a chat closed without one (the visitor ended it); false (with a notice) when refused. */
  setTopic(id: string, topic: Purpose): Promise<boolean>;
  setTyping(id: string, typing: boolean): void;
  /** Completes the guest book of a visitor who wrote by e-mail; false (with a notice) when refused. */
  completeGuestBook(id: string, input: CompleteGuestBookInput): Promise<boolean>;
  /** Sends the approved WhatsApp template (after the 24-hour window); it arrives in the transcript as a message. */
  sendTemplate(id: string): Promise<boolean>;
  dismissNotice(): void;
  /** "Waiting for the visitor" (pause) or "request complete" (restart) of the deadline clock. */
  setDeadlinePaused(id: string, paused: boolean): Promise<boolean>;
  dismissReminder(id: string): Promise<void>;
}

/**
 * The signed-in officer's live workspace: wires the socket's events into the
 * inbox and the conversations, catches up after every (re)connection, keeps
 * read marks, the tab title and the notifications.
 */
export function createWorkspaceModel(deps: WorkspaceDeps): WorkspaceModel {
  const { transport, page } = deps;
  const inbox = createInboxModel();
  inbox.setMe(deps.me);
  const canned = createCannedModel(deps.api);
  const notes = createNotesModel(deps.api);
  const loaded = signal<ReadonlyMap<string, ConversationModel>>(new Map());
  const notice = signal<string | null>(null);
  const cleanups: (() => void)[] = [];

  const conversation = (id: string): ConversationModel => {
    const known = loaded.value.get(id);
    if (known) return known;
    const created = createConversationModel(id, transport);
    const next = new Map(loaded.value);
    next.set(id, created);
    loaded.value = next;
    void created.sync();
    return created;
  };
  const isMine = (summary: ConversationSummary | undefined) =>
    summary?.status === 'active' && summary.officerId === inbox.me.value?.id;

  const reads = createReadStateModel({ inbox, loaded, openId: deps.openId, transport, page });

  /** A desktop notification and a sound, only while the officer looks elsewhere. */
  const alert = (words: (t: Translate) => [title: string, body: string]) => {
    if (!page.hidden()) return;
    page.notify(...words(deps.translate()));
    page.playSound();
  };

  const catchUp = async () => {
    const ack = await transport.request('inbox:sync', {});
    if (!ack.ok) return;
    applyWaitingMessages();
    inbox.applySnapshot(ack.data);
    for (const model of loaded.value.values()) {
      await model.sync();
      await model.resendPending();
    }
    for (const summary of inbox.mine.value) conversation(summary.id);
    const openId = deps.openId.value;
    if (openId) conversation(openId);
    for (const office of ack.data.me.offices) {
      if (canned.of(office).length === 0) void canned.load(office).catch(() => {});
    }
  };

  const onQueue = ({ officeCode, queue }: { officeCode: string; queue: ConversationSummary[] }) => {
    const before = new Set(inbox.queue.value.map((line) => line.id));
    inbox.applyQueue(officeCode, queue);
    const arrived = inbox.queue.value.find((line) => !before.has(line.id));
    if (arrived) alert((t) => [t('notify.queued'), `${arrived.visitor.name}: ${arrived.question}`]);
  };

  const onConversation = (summary: ConversationSummary) => {
    inbox.applyConversation(summary);
    const model = loaded.value.get(summary.id);
    const newest = inbox.get(summary.id);
    if (model && newest) {
      // The summary's visitor is the short card; the detail keeps the full guest book.
      const { visitor: _shortCard, ...state } = newest;
      model.updateDetail({ ...state, deadlinePausedAt: newest.deadlinePausedAt });
    }
    if (isMine(newest) && !model) conversation(summary.id);
  };

  const applyMessage = (message: Message) => {
    const summary = inbox.get(message.conversationId);
    const model =
      loaded.value.get(message.conversationId) ?? (isMine(summary) ? conversation(message.conversationId) : undefined);
    model?.receive(message);
    if (summary && message.seq > summary.lastSeq) {
      // A system message comes as an event to word in the officer's language, its text possibly empty.
      const text = message.author === 'system' ? systemText(deps.translate(), message) : message.text;
      inbox.applyConversation({ ...summary, lastSeq: message.seq, lastMessage: text.slice(0, 140) });
    }
    if (message.author === 'visitor') {
      alert((t) => [t('notify.message', { name: summary?.visitor.name ?? '' }), message.text.slice(0, 140)]);
    }
  };

  /**
   * Messages wait for the next frame and are applied together, in one signal batch: 30 busy chats cost one
   * render per frame, not one per message, so the officer's typing stays quick. Any other event applies the
   * waiting messages first, to keep the server's order.
   */
  let waiting: Message[] = [];
  const applyWaitingMessages = () => {
    const messages = waiting;
    waiting = [];
    if (messages.length > 0) batch(() => messages.forEach(applyMessage));
  };
  const onMessage = (message: Message) => {
    waiting.push(message);
    if (waiting.length === 1) page.nextFrame(applyWaitingMessages);
  };
  /** An event handler that first applies the messages that came before its event. */
  const inOrder =
    <T>(handler: (payload: T) => void) =>
    (payload: T) => {
      applyWaitingMessages();
      handler(payload);
    };

  const refused = (code: string) => {
    notice.value = code;
    return false;
  };
  const presence = createPresenceModel({ transport, onChanged: inbox.setMe, onRefused: refused });

  const model: WorkspaceModel = {
    connection: createConnectionModel(transport, {
      // A status chosen before the socket connected goes first, so the catch-up's snapshot already shows it.
      onConnected: () => void presence.flush().then(catchUp),
      onUnauthenticated: deps.onUnauthenticated,
      ...(deps.network ? { network: deps.network } : {}),
    }),
    inbox,
    canned,
    notes,
    presence,
    openId: deps.openId,
    notice,
    unread: reads.unread,
    totalUnread: reads.total,
    conversation,
    find: (id) => loaded.value.get(id),
    start() {
      cleanups.push(
        transport.on('queue:updated', inOrder(onQueue)),
        transport.on('conversation:updated', inOrder(onConversation)),
        transport.on('message:created', onMessage),
        transport.on('read:marked', ({ conversationId, reader, seq }) => {
          const model = loaded.value.get(conversationId);
          const known = model?.detail.value?.visitorReadSeq ?? 0;
          if (reader === 'visitor' && model && seq > known) model.updateDetail({ visitorReadSeq: seq });
        }),
        transport.on('typing:changed', ({ conversationId, author, typing }) => {
          if (author === 'visitor') loaded.value.get(conversationId)?.setVisitorTyping(typing);
        }),
        transport.on('presence:updated', inbox.applyPresence),
        transport.on('reminder:created', (reminder) => {
          inbox.addReminder(reminder);
          alert((t) => [t(`reminder.${reminder.kind}`), reminder.visitorName]);
        }),
        page.onVisibilityChange(reads.markOpenRead),
        effect(reads.markOpenRead),
        effect(() => {
          const id = deps.openId.value;
          // Only a change of the open conversation loads it, not the loading's own signal writes.
          if (id)
            untracked(() => {
              conversation(id);
              void notes.load(id);
            });
        }),
        effect(() => {
          const base = deps.baseTitle ?? 'PST LiveChat';
          page.setTitle(reads.total.value > 0 ? `(${reads.total.value}) ${base}` : base);
        }),
      );
      model.connection.start();
    },
    stop() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      waiting = [];
      model.connection.stop();
      for (const conversationModel of loaded.value.values()) conversationModel.dispose();
    },
    open(id) {
      deps.navigate(id);
    },
    nextChat() {
      const mine = inbox.mine.value;
      if (mine.length === 0) return;
      const current = mine.findIndex((summary) => summary.id === deps.openId.value);
      const ordered = [...mine.slice(current + 1), ...mine.slice(0, current + 1)];
      const next = ordered.find((summary) => (reads.unread.value.get(summary.id) ?? 0) > 0) ?? ordered[0];
      if (next) deps.navigate(next.id);
    },
    async accept(id) {
      const ack = await transport.request('conversation:accept', { conversationId: id });
      if (!ack.ok) return refused(ack.error.code);
      inbox.applyConversation(ack.data);
      deps.navigate(id);
      return true;
    },
    async acceptNext() {
      const first = inbox.queue.value[0];
      return first ? model.accept(first.id) : false;
    },
    async setPresence(status) {
      // A click is a user gesture: the one moment browsers let a page ask for notifications.
      if (status === 'online') page.askNotificationPermissionOnce();
      await presence.set(status);
    },
    async transfer(id, officerId) {
      const ack = await transport.request('conversation:transfer', { conversationId: id, officerId });
      if (!ack.ok) return refused(ack.error.code);
      onConversation(ack.data);
      return true;
    },
    async close(id, topic, summary) {
      const ack = await transport.request('conversation:close', {
        conversationId: id,
        topic,
        ...(summary ? { summary } : {}),
      });
      if (!ack.ok) return refused(ack.error.code);
      onConversation(ack.data);
      loaded.value.get(id)?.updateDetail({ topic, ...(summary ? { summary } : {}) });
      return true;
    },
    async setTopic(id, topic) {
      const ack = await transport.request('conversation:topic', { conversationId: id, topic });
      if (!ack.ok) return refused(ack.error.code);
      onConversation(ack.data);
      loaded.value.get(id)?.updateDetail({ topic });
      return true;
    },
    setTyping(id, typing) {
      if (isMine(inbox.get(id))) transport.notify('typing:set', { conversationId: id, typing });
    },
    async completeGuestBook(id, input) {
      try {
        const visitor = await deps.api.completeGuestBook(id, input);
        loaded.value.get(id)?.updateDetail({ visitor });
        return true;
      } catch (error) {
        return refused(error instanceof ApiFailure ? error.code : 'NETWORK');
      }
    },
    async sendTemplate(id) {
      try {
        await deps.api.sendTemplate(id);
        return true;
      } catch (error) {
        return refused(error instanceof ApiFailure ? error.code : 'NETWORK');
      }
    },
    dismissNotice() {
      notice.value = null;
    },
    async setDeadlinePaused(id, paused) {
      const ack = await transport.request(paused ? 'deadline:pause' : 'deadline:resume', { conversationId: id });
      if (!ack.ok) return refused(ack.error.code);
      onConversation(ack.data);
      return true;
    },
    async dismissReminder(id) {
      inbox.removeReminder(id);
      await transport.request('reminder:dismiss', { reminderId: id });
    },
  };
  return model;
}
