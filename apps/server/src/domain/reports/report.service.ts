import type { Report, ReportComment, ReportQuery } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { ConversationRecord, OfficeRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { calendarOf } from '../offices/office-status.ts';
import { localDate, zoneOffsetMinutes } from '../offices/service-hours.ts';
import { conversationMetrics } from './conversation-metrics.ts';
import { figuresOf, type ReportRow } from './figures.ts';

/** The office-local months a period covers: "2026-11" itself, or the twelve months of "2026". */
export function monthsOf(period: string): string[] {
  if (period.length === 7) return [period];
  return Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`);
}

/** The trend's keys: the months of a year, or the days of a month. */
function trendKeys(period: string): string[] {
  if (period.length === 4) return monthsOf(period);
  const [year = 0, month = 0] = period.split('-').map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`);
}

/** The period's conversations of these offices, each with its metrics (stored, or measured now if open). */
export async function reportRows(ctx: DomainContext, offices: OfficeRecord[], period: string): Promise<ReportRow[]> {
  const now = ctx.clock.now();
  const byCode = new Map(offices.map((office) => [office.code, { office, calendar: calendarOf(office) }]));
  const conversations = await ctx.store.conversations.forReport([...byCode.keys()], monthsOf(period));
  return conversations.map((conversation) => {
    const entry = byCode.get(conversation.office);
    if (!entry) throw new Error('a conversation of an office not asked for');
    const metrics = conversation.metrics ?? conversationMetrics(entry.calendar, conversation, now);
    return { conversation, metrics, timeZone: entry.office.timeZone };
  });
}

/** Questions the FAQ answered in the period, each office's months in its own zone. */
export async function faqAnsweredIn(ctx: DomainContext, offices: OfficeRecord[], period: string): Promise<number> {
  const months = monthsOf(period);
  const [year = 0, month = 1] = (months[0] ?? period).split('-').map(Number);
  const last = months.length === 12 ? 12 : month;
  let total = 0;
  for (const office of offices) {
    const shift = zoneOffsetMinutes(office.timeZone) * 60_000;
    const from = new Date(Date.UTC(year, month - 1, 1) - shift);
    const to = new Date(Date.UTC(year, last, 1) - shift);
    total += await ctx.store.faqAnswers.count([office.code], from, to);
  }
  return total;
}

/** The offices a report covers: the one asked for, or every office for `all`. */
export async function reportOffices(ctx: DomainContext, office: ReportQuery['office']): Promise<OfficeRecord[]> {
  if (office === 'all') return ctx.store.offices.all();
  const found = await ctx.store.offices.byCode(office);
  if (!found) throw new AppError('NOT_FOUND');
  return [found];
}

/** The monthly or yearly evaluation report (callers check who may read it: see access/policy.ts). */
export async function buildReport(ctx: DomainContext, query: ReportQuery): Promise<Report> {
  const offices = await reportOffices(ctx, query.office);
  const rows = await reportRows(ctx, offices, query.period);
  return reportOf(query, offices, rows, ctx.clock.now());
}

/** The report over rows already read: pure, so tests and the benchmark can call it directly. */
export function reportOf(query: ReportQuery, offices: OfficeRecord[], rows: ReportRow[], now: Date): Report {
  const officerGroups = new Map<string, ReportRow[]>();
  for (const row of rows) {
    const { officer, office } = row.conversation;
    if (!officer) continue;
    const key = `${office}:${officer}`;
    officerGroups.set(key, [...(officerGroups.get(key) ?? []), row]);
  }
  const only = offices.length === 1 ? offices[0] : undefined;
  return {
    period: query.period,
    office: query.office,
    title: query.office === 'all' || !only ? 'Semua kantor / All offices' : only.name,
    generatedAt: now.toISOString(),
    total: figuresOf(rows),
    offices: offices.map((office) => ({
      code: office.code,
      name: office.name,
      figures: figuresOf(rows.filter((row) => row.conversation.office === office.code)),
    })),
    officers: [...officerGroups.values()]
      .map((group) => {
        const first = (group[0] as ReportRow).conversation;
        return {
          id: first.officer as string,
          name: lastOfficerName(group),
          office: first.office,
          figures: figuresOf(group),
        };
      })
      .sort((a, b) => a.office.localeCompare(b.office) || a.name.localeCompare(b.name)),
    trend: trendOf(query.period, rows),
    comments: commentsOf(rows),
  };
}

function lastOfficerName(group: ReportRow[]): string {
  const named = group.map((row) => row.conversation).filter((c) => c.officerName);
  named.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return named.at(-1)?.officerName ?? '—';
}

function trendOf(period: string, rows: ReportRow[]): Report['trend'] {
  const keyLength = period.length === 4 ? 7 : 10;
  const buckets = new Map(trendKeys(period).map((key) => [key, { total: 0, scores: [] as number[] }]));
  for (const { conversation, timeZone } of rows) {
    const bucket = buckets.get(localDate(conversation.createdAt, timeZone).slice(0, keyLength));
    if (!bucket) continue;
    bucket.total++;
    if (conversation.rating) bucket.scores.push(conversation.rating.score);
  }
  return [...buckets].map(([key, { total, scores }]) => ({
    key,
    total,
    rated: scores.length,
    ...(scores.length > 0 ? { average: scores.reduce((a, b) => a + b, 0) / scores.length } : {}),
  }));
}

function commentsOf(rows: ReportRow[]): ReportComment[] {
  return rows
    .map((row) => row.conversation)
    .filter((c): c is ConversationRecord & { rating: { score: number; comment: string; at: Date } } =>
      Boolean(c.rating?.comment),
    )
    .sort((a, b) => a.rating.at.getTime() - b.rating.at.getTime())
    .map((c) => ({
      conversationId: c.id,
      office: c.office,
      ...(c.officerName ? { officerName: c.officerName } : {}),
      visitorName: c.visitorCard.name,
      score: c.rating.score,
      comment: c.rating.comment,
      at: c.rating.at.toISOString(),
    }));
}
