import { type ReadonlySignal, signal } from '@preact/signals';
import type { DataRequestView, ExpiringConversation, Role } from '@pst/protocol';
import { type Api, ApiFailure, type ManagedOfficer } from '../lib/api.ts';
import type { InboxModel } from './inbox.ts';

export interface NewOfficer {
  name: string;
  email: string;
  password: string;
  role: Exclude<Role, 'admin'>;
}

export interface SupervisorModel {
  officeCode: ReadonlySignal<string>;
  officers: ReadonlySignal<readonly ManagedOfficer[]>;
  /** Visitors' verified requests about their personal data, soonest due first (UU PDP: 3×24 h). */
  dataRequests: ReadonlySignal<readonly DataRequestView[]>;
  /** What retention anonymises next at the office. */
  expiring: ReadonlySignal<readonly ExpiringConversation[]>;
  /** The error code of the last failed action, if it failed. */
  error: ReadonlySignal<string | null>;
  selectOffice(code: string): Promise<void>;
  /** The office's officers, and its active chats into the inbox (which live events then keep current). */
  load(): Promise<void>;
  createOfficer(input: NewOfficer): Promise<boolean>;
  setDisabled(id: string, disabled: boolean): Promise<boolean>;
  resetPassword(id: string, password: string): Promise<boolean>;
  /** Carries out a request (an erasure anonymises the visitor); it then leaves the list. */
  completeDataRequest(id: string): Promise<boolean>;
}

/** The most active chats one office view asks for: 5 pages of 20. */
const MAX_ACTIVE_PAGES = 5;

/** A supervisor's management of one office. */
export function createSupervisorModel(
  api: Pick<
    Api,
    | 'officers'
    | 'createOfficer'
    | 'updateOfficer'
    | 'conversations'
    | 'dataRequests'
    | 'completeDataRequest'
    | 'expiringNext'
  >,
  inbox: InboxModel,
  firstOffice: string,
): SupervisorModel {
  const officeCode = signal(firstOffice);
  const officers = signal<readonly ManagedOfficer[]>([]);
  const dataRequests = signal<readonly DataRequestView[]>([]);
  const expiring = signal<readonly ExpiringConversation[]>([]);
  const error = signal<string | null>(null);

  const attempt = async (work: () => Promise<void>): Promise<boolean> => {
    try {
      await work();
      error.value = null;
      return true;
    } catch (failure) {
      error.value = failure instanceof ApiFailure ? failure.code : 'INTERNAL';
      return false;
    }
  };
  const replace = (changed: ManagedOfficer) => {
    officers.value = officers.value.map((officer) => (officer.id === changed.id ? changed : officer));
  };

  const model: SupervisorModel = {
    officeCode,
    officers,
    dataRequests,
    expiring,
    error,
    async selectOffice(code) {
      officeCode.value = code;
      await model.load();
    },
    async load() {
      const office = officeCode.value;
      await attempt(async () => {
        officers.value = await api.officers(office);
        dataRequests.value = await api.dataRequests(office);
        expiring.value = await api.expiringNext(office);
        for (let page = 1; page <= MAX_ACTIVE_PAGES; page++) {
          const active = await api.conversations({ status: 'active', office, page });
          for (const conversation of active.items) inbox.applyConversation(conversation);
          if (page * active.pageSize >= active.total) break;
        }
      });
    },
    createOfficer: (input) =>
      attempt(async () => {
        const created = await api.createOfficer({ ...input, offices: [officeCode.value] });
        officers.value = [...officers.value, created].sort((a, b) => a.name.localeCompare(b.name));
      }),
    setDisabled: (id, disabled) => attempt(async () => replace(await api.updateOfficer(id, { disabled }))),
    resetPassword: (id, password) => attempt(async () => replace(await api.updateOfficer(id, { password }))),
    completeDataRequest: (id) =>
      attempt(async () => {
        await api.completeDataRequest(id);
        dataRequests.value = dataRequests.value.filter((request) => request.id !== id);
      }),
  };
  return model;
}
