import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { ConversationSummary, Inbox, OfficeDesk, OfficerPresence, OfficerSelf, Reminder } from '@pst/protocol';

/**
 * Whether `incoming` is at least as new as `known`. Every state change
 * (assigned, transferred, requeued, closed) appends a system message, so
 * `lastSeq` orders versions of one conversation; equal seqs are the same
 * version again (a rating changes nothing else). Closed is final.
 */
export function isSameOrNewer(incoming: ConversationSummary, known: ConversationSummary | undefined): boolean {
  if (!known) return true;
  if (known.status === 'closed' && incoming.status !== 'closed') return false;
  return incoming.lastSeq >= known.lastSeq;
}

export interface InboxModel {
  me: ReadonlySignal<OfficerSelf | null>;
  /** Every conversation this tab has heard of, by id, each at its newest known version. */
  conversations: ReadonlySignal<ReadonlyMap<string, ConversationSummary>>;
  /** Waiting visitors of all the officer's offices, first in line first. */
  queue: ReadonlySignal<ConversationSummary[]>;
  /** The officer's active chats, oldest first. */
  mine: ReadonlySignal<ConversationSummary[]>;
  /** Every active chat heard of (the supervisor's view), oldest first. */
  active: ReadonlySignal<ConversationSummary[]>;
  officers: ReadonlySignal<OfficerPresence[]>;
  /** The officer's offices as deadlines need them, by code. */
  desks: ReadonlySignal<ReadonlyMap<string, OfficeDesk>>;
  /** Deadline reminders not dismissed, newest first. */
  reminders: ReadonlySignal<Reminder[]>;
  /** The server's clock minus this browser's, from the last snapshot: deadlines follow the server. */
  clockOffsetMs: ReadonlySignal<number>;
  addReminder(reminder: Reminder): void;
  removeReminder(id: string): void;
  setMe(me: OfficerSelf): void;
  applySnapshot(inbox: Inbox): void;
  applyQueue(officeCode: string, queue: ConversationSummary[]): void;
  applyConversation(conversation: ConversationSummary): void;
  applyPresence(officer: OfficerPresence): void;
  /** Summary of one conversation, if known. */
  get(id: string): ConversationSummary | undefined;
}

const byCreated = (a: ConversationSummary, b: ConversationSummary) => a.createdAt.localeCompare(b.createdAt);

/**
 * The officer's inbox, merged by conversation id. Applying the same event
 * twice, an older version after a newer one, or a snapshot after a reconnect
 * leaves it as the newest information says.
 */
export function createInboxModel(): InboxModel {
  const me = signal<OfficerSelf | null>(null);
  const conversations = signal<ReadonlyMap<string, ConversationSummary>>(new Map());
  const queues = signal<ReadonlyMap<string, string[]>>(new Map());
  const officers = signal<ReadonlyMap<string, OfficerPresence>>(new Map());
  const desks = signal<ReadonlyMap<string, OfficeDesk>>(new Map());
  const reminders = signal<Reminder[]>([]);
  const clockOffsetMs = signal(0);

  const merge = (incoming: ConversationSummary[]) => {
    const next = new Map(conversations.value);
    let changed = false;
    for (const conversation of incoming) {
      if (!isSameOrNewer(conversation, next.get(conversation.id))) continue;
      const merged = { ...next.get(conversation.id), ...conversation };
      // A restarted deadline clock comes without the field: the older pause must not survive the merge.
      if (!conversation.deadlinePausedAt) delete merged.deadlinePausedAt;
      next.set(conversation.id, merged);
      changed = true;
    }
    if (changed) conversations.value = next;
  };

  // A queue list may be older than a conversation:updated that followed it: such lines are dropped.
  const queue = computed(() => {
    const lines: ConversationSummary[] = [];
    for (const ids of queues.value.values()) {
      for (const id of ids) {
        const conversation = conversations.value.get(id);
        if (conversation?.status === 'queued') lines.push(conversation);
      }
    }
    return lines;
  });
  const active = computed(() =>
    [...conversations.value.values()].filter((conversation) => conversation.status === 'active').sort(byCreated),
  );
  const mine = computed(() => active.value.filter((conversation) => conversation.officerId === me.value?.id));

  return {
    me,
    conversations,
    queue,
    mine,
    active,
    officers: computed(() => [...officers.value.values()]),
    desks,
    reminders,
    clockOffsetMs,
    addReminder(reminder) {
      if (!reminders.value.some((known) => known.id === reminder.id)) reminders.value = [reminder, ...reminders.value];
    },
    removeReminder(id) {
      reminders.value = reminders.value.filter((reminder) => reminder.id !== id);
    },
    setMe(self) {
      me.value = self;
    },
    applySnapshot(inbox) {
      me.value = inbox.me;
      // Chats the snapshot no longer lists as mine changed while this tab was away; their
      // newest state is unknown, so they are forgotten rather than shown as still mine.
      const listed = new Set([...inbox.mine, ...inbox.queue].map((conversation) => conversation.id));
      const next = new Map(conversations.value);
      for (const [id, conversation] of next) {
        const wasMine = conversation.status !== 'closed' && conversation.officerId === inbox.me.id;
        if ((wasMine || conversation.status === 'queued') && !listed.has(id)) next.delete(id);
      }
      conversations.value = next;
      merge([...inbox.queue, ...inbox.mine]);
      const grouped = new Map<string, string[]>();
      for (const line of inbox.queue) grouped.set(line.officeCode, [...(grouped.get(line.officeCode) ?? []), line.id]);
      queues.value = grouped;
      officers.value = new Map(inbox.officers.map((officer) => [officer.id, officer]));
      desks.value = new Map(inbox.desks.map((desk) => [desk.code, desk]));
      reminders.value = inbox.reminders;
      clockOffsetMs.value = Date.parse(inbox.serverTime) - Date.now();
    },
    applyQueue(officeCode, lines) {
      merge(lines);
      const next = new Map(queues.value);
      next.set(
        officeCode,
        lines.map((line) => line.id),
      );
      queues.value = next;
    },
    applyConversation(conversation) {
      merge([conversation]);
    },
    applyPresence(officer) {
      const next = new Map(officers.value);
      next.set(officer.id, officer);
      officers.value = next;
      if (me.value && officer.id === me.value.id && me.value.status !== officer.status) {
        me.value = { ...me.value, status: officer.status };
      }
    },
    get: (id) => conversations.value.get(id),
  };
}
