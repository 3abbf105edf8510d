import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { Report, ReportQuery } from '@pst/protocol';
import { type Api, ApiFailure } from '../lib/api.ts';

export type ReportScope = 'month' | 'year';

export interface ReportsModel {
  scope: ReadonlySignal<ReportScope>;
  /** "2026-11" */
  month: ReadonlySignal<string>;
  /** "2026" */
  year: ReadonlySignal<string>;
  /** An office code, or `all` (admins). */
  office: ReadonlySignal<string>;
  query: ReadonlySignal<ReportQuery>;
  report: ReadonlySignal<Report | null>;
  loading: ReadonlySignal<boolean>;
  /** The error code of the last failed load. */
  error: ReadonlySignal<string | null>;
  choose(change: Partial<{ scope: ReportScope; month: string; year: string; office: string }>): void;
  load(): Promise<void>;
  exportUrl(format: 'csv' | 'xlsx', table?: 'conversations' | 'offices' | 'officers'): string;
}

/** The reports screen's state: which report, the report itself, and where its exports are. */
export function createReportsModel(
  api: Pick<Api, 'report' | 'reportExportUrl'>,
  initial: { month: string; office: string },
): ReportsModel {
  const scope = signal<ReportScope>('month');
  const month = signal(initial.month);
  const year = signal(initial.month.slice(0, 4));
  const office = signal(initial.office);
  const report = signal<Report | null>(null);
  const loading = signal(false);
  const error = signal<string | null>(null);
  const query = computed(() => ({
    period: scope.value === 'month' ? month.value : year.value,
    office: office.value,
  }));

  return {
    scope,
    month,
    year,
    office,
    query,
    report,
    loading,
    error,
    choose(change) {
      if (change.scope) scope.value = change.scope;
      if (change.month) month.value = change.month;
      if (change.year) year.value = change.year;
      if (change.office) office.value = change.office;
    },
    async load() {
      loading.value = true;
      error.value = null;
      try {
        report.value = await api.report(query.value);
      } catch (failure) {
        error.value = failure instanceof ApiFailure ? failure.code : 'INTERNAL';
      } finally {
        loading.value = false;
      }
    },
    exportUrl: (format, table) => api.reportExportUrl({ ...query.value, format, ...(table ? { table } : {}) }),
  };
}
