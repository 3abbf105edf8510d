import { type ReadonlySignal, signal } from '@preact/signals';
import type {
  ChatChannel,
  ChatChannelView,
  OfficeAdmin,
  OfficeAuditEntry,
  OfficeMailboxInput,
  OfficeMailboxView,
  OriginCheck,
  TelegramConnectInput,
  UpdateOfficeInput,
  WhatsappConnectInput,
} from '@pst/protocol';
import { type Api, ApiFailure } from '../lib/api.ts';

/** Why the last save failed: the error code, and the server's words (they name each bad field). */
export interface SettingsFailure {
  code: string;
  detail: string;
}

export interface OfficeSettingsModel {
  /** The offices the officer may configure. */
  offices: ReadonlySignal<readonly OfficeAdmin[]>;
  code: ReadonlySignal<string | null>;
  office: ReadonlySignal<OfficeAdmin | null>;
  audit: ReadonlySignal<readonly OfficeAuditEntry[]>;
  /** The office's consultation mailbox (never its password); null when it has none. */
  mailbox: ReadonlySignal<OfficeMailboxView | null>;
  /** The office's connected chat apps (never a token or secret). */
  chatChannels: ReadonlySignal<readonly ChatChannelView[]>;
  failure: ReadonlySignal<SettingsFailure | null>;
  load(): Promise<void>;
  select(code: string): Promise<void>;
  /** Saves the settings it names; true when the server took them (the screen then shows what it stored). */
  save(change: UpdateOfficeInput): Promise<boolean>;
  /** Sets the office's mailbox, or removes it with `null`; true when the server took it. */
  saveMailbox(input: OfficeMailboxInput | null): Promise<boolean>;
  /** Connects a chat app (the server checks the token with the app first), or disconnects it with `null`. */
  saveChatChannel(
    channel: ChatChannel,
    input: { telegram: TelegramConnectInput; whatsapp: WhatsappConnectInput }[ChatChannel] | null,
  ): Promise<boolean>;
  /** Whether the office's widget would work on this page, by the server's own rule. */
  checkOrigin(url: string): Promise<OriginCheck | null>;
}

const failureOf = (error: unknown): SettingsFailure =>
  error instanceof ApiFailure ? { code: error.code, detail: error.message } : { code: 'INTERNAL', detail: '' };

/** Office settings for supervisors (their offices) and admins (every office); the server validates every change. */
export function createOfficeSettingsModel(
  api: Pick<
    Api,
    | 'offices'
    | 'updateOffice'
    | 'officeAudit'
    | 'checkOrigin'
    | 'mailbox'
    | 'setMailbox'
    | 'deleteMailbox'
    | 'chatChannels'
    | 'connectTelegram'
    | 'connectWhatsapp'
    | 'disconnectChatChannel'
  >,
): OfficeSettingsModel {
  const offices = signal<readonly OfficeAdmin[]>([]);
  const code = signal<string | null>(null);
  const office = signal<OfficeAdmin | null>(null);
  const audit = signal<readonly OfficeAuditEntry[]>([]);
  const mailbox = signal<OfficeMailboxView | null>(null);
  const chatChannels = signal<readonly ChatChannelView[]>([]);
  const failure = signal<SettingsFailure | null>(null);

  const attempt = async <T>(work: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await work();
      failure.value = null;
      return result;
    } catch (error) {
      failure.value = failureOf(error);
      return null;
    }
  };
  const show = async (next: OfficeAdmin) => {
    office.value = next;
    offices.value = offices.value.map((known) => (known.code === next.code ? next : known));
    [audit.value, mailbox.value, chatChannels.value] = await Promise.all([
      api.officeAudit(next.code),
      api.mailbox(next.code),
      api.chatChannels(next.code),
    ]);
  };

  const model: OfficeSettingsModel = {
    offices,
    code,
    office,
    audit,
    mailbox,
    chatChannels,
    failure,
    async load() {
      await attempt(async () => {
        offices.value = await api.offices();
        const first = offices.value.find((known) => known.code === code.value) ?? offices.value[0];
        if (first) {
          code.value = first.code;
          await show(first);
        }
      });
    },
    async select(next) {
      const found = offices.value.find((known) => known.code === next);
      if (!found) return;
      code.value = next;
      failure.value = null;
      await attempt(() => show(found));
    },
    async save(change) {
      const current = code.value;
      if (!current) return false;
      return (await attempt(async () => show(await api.updateOffice(current, change)))) !== null;
    },
    async saveMailbox(input) {
      const current = code.value;
      if (!current) return false;
      const saved = await attempt(async () => {
        if (input) return api.setMailbox(current, input);
        await api.deleteMailbox(current);
        return null;
      });
      if (failure.value) return false;
      mailbox.value = saved;
      return true;
    },
    async saveChatChannel(channel, input) {
      const current = code.value;
      if (!current) return false;
      await attempt(async () => {
        if (!input) await api.disconnectChatChannel(current, channel);
        else if (channel === 'telegram') await api.connectTelegram(current, input as TelegramConnectInput);
        else await api.connectWhatsapp(current, input as WhatsappConnectInput);
      });
      if (failure.value) return false;
      chatChannels.value = await api.chatChannels(current);
      return true;
    },
    async checkOrigin(url) {
      const current = code.value;
      return current ? attempt(() => api.checkOrigin(current, url)) : null;
    },
  };
  return model;
}
