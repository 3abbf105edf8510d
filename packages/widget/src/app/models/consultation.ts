import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import {
  createCatchUp,
  createOutbox,
  isUnanswered,
  type KeyValueStore,
  messagePayload,
  newClientMsgId,
  type Outbox,
  sendOutcome,
} from '@pst/client';
import type {
  DataRequestView,
  ErrorCode,
  FileRef,
  GuestBook,
  Message,
  VisitorConversation,
  VisitorDataExport,
} from '@pst/protocol';
import { cleanText } from '@pst/protocol/constants';
import { type Attempt, attempt, type SubmitProblem } from '../transport/attempt.ts';
import type { VisitorTransport } from '../transport/visitor-transport.ts';
import { type ConnectionModel, createConnectionModel } from './connection.ts';
import { type ConversationModel, createConversationModel } from './conversation.ts';
import { listenToConversation } from './live-events.ts';
import { createTypingModel, type TypingModel } from './typing.ts';
import { createVisitorToken } from './visitor-token.ts';

export type { Attempt, SubmitProblem };
/** What the window shows: waiting to learn of an earlier conversation, the forms before one, or one. */
export type Screen = 'loading' | 'prechat' | 'conversation';
export type SubmitResult = { ok: true } | { ok: false; problem: SubmitProblem };

export interface Consultation {
  connection: ConnectionModel;
  conversation: ConversationModel;
  outbox: Outbox;
  typing: TypingModel;
  screen: ReadonlySignal<Screen>;
  /** The visitor filled the guest book before (their token is kept): they are not asked again. */
  registered: ReadonlySignal<boolean>;
  connect(): void;
  register(guestBook: GuestBook, question: string): Promise<SubmitResult>;
  start(question: string): Promise<SubmitResult>;
  /** A returning visitor consents to the office's changed privacy notice (`version`). */
  consent(version: string): Promise<SubmitResult>;
  send(text: string, files?: FileRef[]): void;
  /** What the visitor's file uploads need: the conversation, and the headers naming the visitor. */
  fileAccess(): { conversationId: string; headers: Record<string, string> } | undefined;
  end(): Promise<SubmitResult>;
  rate(score: number, comment: string): Promise<SubmitResult>;
  /** The IKM survey's nine answers (1–4), where the office asks it. */
  survey(answers: number[]): Promise<SubmitResult>;
  /** Asks to see, correct or erase one's data: a code goes to the guest book's e-mail. */
  requestData(kind: 'export' | 'correct' | 'erase', details?: string): Promise<Attempt<{ requestId: string }>>;
  /** The code from the e-mail: the data comes back for `export`; the others go to the office (due date). */
  confirmData(
    requestId: string,
    code: string,
  ): Promise<Attempt<{ request: DataRequestView; data?: VisitorDataExport | undefined }>>;
  /** E-mails the closed conversation's transcript to the guest book's address (once, however often asked). */
  requestTranscript(): Promise<SubmitResult>;
  /** After a closed conversation: back to the question form. */
  startOver(): void;
  /** The visitor has seen everything shown. */
  markRead(): void;
  /** A conversation may be under way: worth connecting before the window opens (unread badge). */
  expectsConversation(): boolean;
}

/** Storage key of the queued or active conversation's id. */
const OPEN_CONVERSATION = 'open-conversation';

/**
 * The visitor's side of one consultation: guest book, start, messages through
 * the outbox, catching up after every (re)connection, end, rating.
 */
export function createConsultation(deps: {
  officeCode: string;
  transport: VisitorTransport;
  /** Storage of this office's widget (token, outbox). */
  store: KeyValueStore;
  /** The host page the chat started on, when known. */
  pageUrl?: string | undefined;
  onIncoming?(message: Message): void;
}): Consultation {
  const { transport, store } = deps;
  const connection = createConnectionModel(transport);
  const conversation = createConversationModel();
  const token = createVisitorToken(store);
  const catchUp = createCatchUp({
    position: () => {
      const current = conversation.current.value;
      return current && { conversationId: current.id, afterSeq: conversation.lastSeq() };
    },
    sync: (query) => transport.request('conversation:sync', query),
    apply: ({ afterSeq }, reply) => {
      if (reply.ok) conversation.applySync(afterSeq, reply.data);
    },
  });
  const lookingUp = signal(token.value.value !== null);
  const outbox = createOutbox({
    store,
    // Sent but unanswered: it shows failed (with retry) rather than waiting without end; never sent: it waits.
    send: async (entry) => sendOutcome(await transport.request('message:send', messagePayload(entry))),
    onSent: (message) => {
      if (conversation.add(message)) void catchUp();
    },
  });
  const typing = createTypingModel({
    send: (isTyping) => {
      const current = conversation.current.value;
      if (current) transport.notify('typing:set', { conversationId: current.id, typing: isTyping });
    },
  });
  let readSeq = 0;
  const fileAccess = () => {
    const current = conversation.current.value;
    const value = token.value.value;
    if (!current || !value) return undefined;
    return {
      conversationId: current.id,
      headers: { Authorization: `Bearer ${value}`, 'X-PST-Office': deps.officeCode },
    };
  };

  function remember(current: VisitorConversation): void {
    if (current.status === 'closed') store.remove(OPEN_CONVERSATION);
    else store.set(OPEN_CONVERSATION, current.id);
  }
  function show(current: VisitorConversation, messages: readonly Message[] = []): void {
    conversation.open(current, messages);
    readSeq = 0;
    remember(current);
  }

  async function lookUp(): Promise<void> {
    const reply = await transport.request('conversation:current', {});
    // Still looking: the next connection asks again.
    if (isUnanswered(reply)) return;
    if (!reply.ok && reply.error.code === 'NOT_REGISTERED') token.forget();
    if (reply.ok && reply.data) {
      show(reply.data);
      await catchUp();
    }
    lookingUp.value = false;
  }

  listenToConversation(transport, { conversation, typing, catchUp, onUpdated: remember, onIncoming: deps.onIncoming });
  // Nothing survives a reconnect by assumption: catch up from the last seq, then send what waits.
  connection.onConnected(async () => {
    if (conversation.current.value) await catchUp();
    else if (token.value.value) await lookUp();
    await outbox.flush();
  });

  /**
   * Resolves true once connected, false once the widget gives up for now (offline): the guest book pressed
   * while connecting is sent on connect instead of being dropped.
   */
  function whenConnected(): Promise<boolean> {
    if (!connection.started) return Promise.resolve(false);
    return new Promise((resolve) => {
      const stop = effect(() => {
        const state = connection.state.value;
        if (state !== 'connected' && state !== 'offline') return;
        resolve(state === 'connected');
        queueMicrotask(() => stop());
      });
    });
  }

  async function start(question: string): Promise<SubmitResult> {
    const pageUrl = deps.pageUrl;
    const result = await attempt(
      transport,
      () =>
        transport.request('conversation:start', {
          question,
          clientMsgId: newClientMsgId(),
          ...(pageUrl ? { pageUrl } : {}),
        }),
      whenConnected,
    );
    if (!result.ok) {
      if (result.code === 'NOT_REGISTERED') token.forget();
      return result;
    }
    outbox.keepOnly(result.data.conversation.id);
    show(result.data.conversation, result.data.messages);
    return { ok: true };
  }

  /** The answer to end or rate: the conversation's new state, or a refusal that may mean it was done already. */
  function settle(result: Attempt<VisitorConversation>, alreadyDone: ErrorCode): SubmitResult {
    if (result.ok) conversation.update(result.data);
    return result.ok || result.code === alreadyDone ? { ok: true } : result;
  }

  return {
    connection,
    conversation,
    outbox,
    typing,
    screen: computed(() => (conversation.current.value ? 'conversation' : lookingUp.value ? 'loading' : 'prechat')),
    registered: computed(() => token.value.value !== null),
    connect: () =>
      connection.start(() => ({
        officeCode: deps.officeCode,
        ...(token.value.value ? { token: token.value.value } : {}),
      })),
    async register(guestBook, question) {
      const result = await attempt(
        transport,
        () => transport.request('visitor:register', { guestBook }),
        whenConnected,
      );
      if (!result.ok) return result;
      token.save(result.data.token);
      return start(question);
    },
    start,
    async consent(consentVersion) {
      const result = await attempt(transport, () =>
        transport.request('visitor:consent', { consent: true, consentVersion }),
      );
      return result.ok ? { ok: true } : result;
    },
    send(text, files) {
      const current = conversation.current.value;
      if (!current || current.status === 'closed') return;
      outbox.enqueue(current.id, text, files);
      typing.visitorStopped();
      void outbox.flush();
    },
    async end() {
      const current = conversation.current.value;
      if (!current) return { ok: true };
      const conversationId = current.id;
      return settle(
        await attempt(transport, () => transport.request('conversation:end', { conversationId })),
        'CONVERSATION_CLOSED',
      );
    },
    async rate(score, comment) {
      const current = conversation.current.value;
      if (!current) return { ok: true };
      const note = cleanText(comment);
      const payload = { conversationId: current.id, score, ...(note ? { comment: note } : {}) };
      return settle(await attempt(transport, () => transport.request('conversation:rate', payload)), 'ALREADY_RATED');
    },
    async survey(answers) {
      const current = conversation.current.value;
      if (!current) return { ok: true };
      const payload = { conversationId: current.id, answers };
      return settle(await attempt(transport, () => transport.request('conversation:survey', payload)), 'ALREADY_RATED');
    },
    requestData(kind, details) {
      const note = details ? cleanText(details) : '';
      return attempt(transport, () => transport.request('data:request', { kind, ...(note ? { details: note } : {}) }));
    },
    confirmData(requestId, code) {
      return attempt(transport, () => transport.request('data:confirm', { requestId, code }));
    },
    async requestTranscript() {
      const current = conversation.current.value;
      if (!current) return { ok: true };
      const result = await attempt(transport, () =>
        transport.request('conversation:transcript', { conversationId: current.id }),
      );
      return result.ok ? { ok: true } : result;
    },
    fileAccess,
    startOver() {
      conversation.clear();
      store.remove(OPEN_CONVERSATION);
      lookingUp.value = false;
    },
    markRead() {
      const current = conversation.current.value;
      const seq = conversation.lastSeq();
      if (!current || seq <= readSeq || !transport.connected) return;
      readSeq = seq;
      void transport.request('read:mark', { conversationId: current.id, seq }).then((reply) => {
        if (isUnanswered(reply)) readSeq = 0; // Marked again next time.
      });
    },
    expectsConversation: () => token.value.value !== null && store.get(OPEN_CONVERSATION) !== null,
  };
}
