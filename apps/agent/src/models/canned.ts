import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { CannedResponse } from '@pst/protocol';
import type { Api } from '../lib/api.ts';

export interface CannedModel {
  /** The canned responses of every office loaded, by shortcut. */
  all: ReadonlySignal<CannedResponse[]>;
  of(officeCode: string): CannedResponse[];
  load(officeCode: string): Promise<void>;
  /** With `faqQuestion`, also an FAQ entry the widget offers visitors. */
  create(officeCode: string, shortcut: string, text: string, faqQuestion?: string): Promise<void>;
  update(officeCode: string, id: string, change: { shortcut?: string; text?: string }): Promise<void>;
  remove(officeCode: string, id: string): Promise<void>;
}

/** The offices' canned responses: read by every officer, edited by supervisors. Failures reach the caller. */
export function createCannedModel(
  api: Pick<Api, 'cannedResponses' | 'createCanned' | 'updateCanned' | 'deleteCanned'>,
): CannedModel {
  const byOffice = signal<ReadonlyMap<string, CannedResponse[]>>(new Map());
  const put = (officeCode: string, list: CannedResponse[]) => {
    const next = new Map(byOffice.value);
    next.set(
      officeCode,
      [...list].sort((a, b) => a.shortcut.localeCompare(b.shortcut)),
    );
    byOffice.value = next;
  };
  const of = (officeCode: string) => byOffice.value.get(officeCode) ?? [];

  return {
    all: computed(() => [...byOffice.value.values()].flat()),
    of,
    async load(officeCode) {
      put(officeCode, await api.cannedResponses(officeCode));
    },
    async create(officeCode, shortcut, text, faqQuestion) {
      const created = await api.createCanned(officeCode, { shortcut, text, ...(faqQuestion ? { faqQuestion } : {}) });
      put(officeCode, [...of(officeCode), created]);
    },
    async update(officeCode, id, change) {
      const updated = await api.updateCanned(officeCode, id, change);
      put(
        officeCode,
        of(officeCode).map((item) => (item.id === id ? updated : item)),
      );
    },
    async remove(officeCode, id) {
      await api.deleteCanned(officeCode, id);
      put(
        officeCode,
        of(officeCode).filter((item) => item.id !== id),
      );
    },
  };
}

/** Canned responses whose shortcut starts with what follows the `/`. */
export function matchCanned(all: readonly CannedResponse[], typed: string): CannedResponse[] {
  const prefix = typed.toLowerCase();
  return all.filter((item) => item.shortcut.startsWith(prefix)).slice(0, 8);
}
