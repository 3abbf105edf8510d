import { type ReadonlySignal, signal } from '@preact/signals';
import type { OfficePublic, OfficeStatus } from '@pst/protocol';

export type OfficeLoad = 'loading' | 'ready' | 'failed' | 'unknown';

export interface OfficeModel {
  info: ReadonlySignal<OfficePublic | undefined>;
  load: ReadonlySignal<OfficeLoad>;
  /** Fetches `GET /api/widget/:officeCode`. */
  fetch(): Promise<void>;
  /** `office:status`: the desk opened, closed, or its officers came and went. */
  applyStatus(status: OfficeStatus): void;
}

/** What the office shows before the visitor writes: name, greeting, open now, complaint channels. */
export function createOfficeModel(deps: { officeCode: string; fetch: typeof fetch }): OfficeModel {
  const info = signal<OfficePublic | undefined>(undefined);
  const load = signal<OfficeLoad>('loading');

  return {
    info,
    load,
    async fetch() {
      load.value = 'loading';
      try {
        const res = await deps.fetch(`/api/widget/${encodeURIComponent(deps.officeCode)}`);
        if (!res.ok) {
          load.value = res.status === 404 || res.status === 400 ? 'unknown' : 'failed';
          return;
        }
        info.value = (await res.json()) as OfficePublic;
        load.value = 'ready';
      } catch {
        load.value = 'failed';
      }
    },
    applyStatus(status) {
      const office = info.value;
      if (!office || status.officeCode !== office.code) return;
      const { officeCode: _, ...changes } = status;
      // A status without nextOpenAt means the desk is open: drop the old one.
      info.value = { ...office, nextOpenAt: undefined, ...changes };
    },
  };
}
