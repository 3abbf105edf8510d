import { signal } from '@preact/signals';
import type { ConversationDetail, Inbox, Message, OfficerSelf } from '@pst/protocol';
import { vi } from 'vitest';
import { translator } from '../i18n/index.ts';
import type { Api } from '../lib/api.ts';
import type { Page } from '../lib/page.ts';
import { createDraftsModel } from '../models/drafts.ts';
import { createWorkspaceModel } from '../models/workspace.ts';
import { createFakeTransport } from './fake-transport.ts';
import { me as defaultMe, detail, inbox, message, summary } from './fixtures.ts';

/** Lets pending promises and signal effects settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function fakePage(hidden = false) {
  return {
    hidden: vi.fn(() => hidden),
    onVisibilityChange: vi.fn(() => () => {}),
    setTitle: vi.fn(),
    notify: vi.fn(),
    playSound: vi.fn(),
    askNotificationPermissionOnce: vi.fn(),
    // At once: these tests check what a message does, not when it is drawn.
    nextFrame: (callback: () => void) => callback(),
  } satisfies Page;
}

/** Every REST call as a typed mock; tests override what they use. */
export function fakeApi() {
  return {
    login: vi.fn<Api['login']>(),
    logout: vi.fn<Api['logout']>(async () => undefined),
    me: vi.fn<Api['me']>(),
    conversation: vi.fn<Api['conversation']>(),
    conversations: vi.fn<Api['conversations']>(async () => ({ items: [], page: 1, pageSize: 20, total: 0 })),
    cannedResponses: vi.fn<Api['cannedResponses']>(async () => []),
    createCanned: vi.fn<Api['createCanned']>(),
    updateCanned: vi.fn<Api['updateCanned']>(),
    deleteCanned: vi.fn<Api['deleteCanned']>(),
    notes: vi.fn<Api['notes']>(async () => []),
    addNote: vi.fn<Api['addNote']>(),
    completeGuestBook: vi.fn<Api['completeGuestBook']>(),
    officers: vi.fn<Api['officers']>(async () => []),
    createOfficer: vi.fn<Api['createOfficer']>(),
    updateOfficer: vi.fn<Api['updateOfficer']>(),
    offices: vi.fn<Api['offices']>(async () => []),
    updateOffice: vi.fn<Api['updateOffice']>(),
    officeAudit: vi.fn<Api['officeAudit']>(async () => []),
    checkOrigin: vi.fn<Api['checkOrigin']>(),
    mailbox: vi.fn<Api['mailbox']>(async () => null),
    dataRequests: vi.fn<Api['dataRequests']>(async () => []),
    expiringNext: vi.fn<Api['expiringNext']>(async () => []),
    completeDataRequest: vi.fn<Api['completeDataRequest']>(),
    setMailbox: vi.fn<Api['setMailbox']>(),
    deleteMailbox: vi.fn<Api['deleteMailbox']>(),
    chatChannels: vi.fn<Api['chatChannels']>(async () => []),
    connectTelegram: vi.fn<Api['connectTelegram']>(),
    connectWhatsapp: vi.fn<Api['connectWhatsapp']>(),
    disconnectChatChannel: vi.fn<Api['disconnectChatChannel']>(),
    sendTemplate: vi.fn<Api['sendTemplate']>(),
    report: vi.fn<Api['report']>(),
    reportExportUrl: vi.fn<Api['reportExportUrl']>((query) => `/api/reports/export?format=${query.format}`),
  } satisfies Api;
}

export interface HarnessOptions {
  me?: OfficerSelf;
  snapshot?: Inbox;
  conversation?: ConversationDetail;
  transcript?: Message[];
  openId?: string | null;
}

/** A connected workspace on a fake socket and fake REST, as the views get it in the app. */
export async function workspaceHarness(options: HarnessOptions = {}) {
  const fake = createFakeTransport();
  const api = fakeApi();
  const page = fakePage();
  const me = options.me ?? defaultMe;
  const openId = signal<string | null>(options.openId ?? null);
  const transcript = options.transcript ?? [message(1), message(2)];
  fake.handle('inbox:sync', () => ({ ok: true, data: options.snapshot ?? inbox({ me, mine: [summary()] }) }));
  fake.handle('conversation:sync', ({ afterSeq }) => ({
    ok: true,
    data: {
      conversation: options.conversation ?? detail({ lastSeq: transcript.length }),
      messages: transcript.filter((m) => m.seq > (afterSeq ?? 0)),
    },
  }));
  fake.handle('read:mark', () => ({ ok: true, data: null }));
  const workspace = createWorkspaceModel({
    transport: fake.transport,
    api,
    page,
    me,
    openId,
    navigate: (id) => {
      openId.value = id;
    },
    translate: () => translator('id'),
    onUnauthenticated: vi.fn(),
  });
  workspace.start();
  fake.status({ kind: 'connected' });
  await settle();
  return { fake, api, page, me, openId, workspace, drafts: createDraftsModel() };
}
