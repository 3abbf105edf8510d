import type { Report, ReportComment, ReportQuery } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { OfficeRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { calendarOf } from '../offices/office-status.ts';
import { localDate, zoneOffsetMinutes } from '../offices/service-hours.ts';
import { conversationMetrics } from './conversation-metrics.ts';
import { FiguresTally, type ReportRow } from './figures.ts';

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
  const rows: ReportRow[] = [];
  for await (const row of streamReportRows(ctx, offices, period)) rows.push(row);
  return rows;
}

/** The same, one at a time, office by office and month by month. */
async function* streamReportRows(ctx: DomainContext, offices: OfficeRecord[], period: string) {
  const now = ctx.clock.now();
  for (const office of offices) {
    const calendar = calendarOf(office);
    for (const month of monthsOf(period)) {
      for await (const conversation of ctx.store.conversations.streamForReport(office.code, month)) {
        const metrics = conversation.metrics ?? conversationMetrics(calendar, conversation, now);
        yield { conversation, metrics, timeZone: office.timeZone } satisfies ReportRow;
      }
    }
  }
}

/** Questions the FAQ answered in the period, each office's months in its own zone. */
async function faqAnsweredIn(ctx: DomainContext, offices: OfficeRecord[], period: string): Promise<number> {
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
  const tally = new ReportTally(query.period, offices);
  for await (const row of streamReportRows(ctx, offices, query.period)) tally.add(row);
  const faqAnswered = await faqAnsweredIn(ctx, offices, query.period);
  return { ...tally.report(query, ctx.clock.now()), faqAnswered };
}

/** The report over rows already read: pure, so tests and the export can call it directly. */
export function reportOf(query: ReportQuery, offices: OfficeRecord[], rows: ReportRow[], now: Date): Report {
  const tally = new ReportTally(query.period, offices);
  for (const row of rows) tally.add(row);
  return tally.report(query, now);
}

interface OfficerTally {
  id: string;
  office: string;
  name?: string;
  namedAt: number;
  figures: FiguresTally;
}

/** A whole report folded one conversation at a time: counts, durations and rated comments, never the rows. */
class ReportTally {
  private readonly total = new FiguresTally();
  private readonly perOffice: Map<string, FiguresTally>;
  private readonly perOfficer = new Map<string, OfficerTally>();
  private readonly keyLength: number;
  private readonly trend: Map<string, { total: number; rated: number; scoreSum: number }>;
  private readonly comments: (ReportComment & { atMs: number })[] = [];

  constructor(
    period: string,
    private readonly offices: OfficeRecord[],
  ) {
    this.perOffice = new Map(offices.map((office) => [office.code, new FiguresTally()]));
    this.keyLength = period.length === 4 ? 7 : 10;
    this.trend = new Map(trendKeys(period).map((key) => [key, { total: 0, rated: 0, scoreSum: 0 }]));
  }

  add(row: ReportRow): void {
    const { conversation: c, timeZone } = row;
    this.total.add(row);
    this.perOffice.get(c.office)?.add(row);
    if (c.officer) this.addToOfficer(c.officer, row);
    const bucket = this.trend.get(localDate(c.createdAt, timeZone).slice(0, this.keyLength));
    if (bucket) {
      bucket.total++;
      if (c.rating) {
        bucket.rated++;
        bucket.scoreSum += c.rating.score;
      }
    }
    if (c.rating?.comment)
      this.comments.push({
        conversationId: c.id,
        office: c.office,
        ...(c.officerName ? { officerName: c.officerName } : {}),
        visitorName: c.visitorCard.name,
        score: c.rating.score,
        comment: c.rating.comment,
        at: c.rating.at.toISOString(),
        atMs: c.rating.at.getTime(),
      });
  }

  /** Per officer last assigned; named after the name on their latest conversation. */
  private addToOfficer(officer: string, row: ReportRow): void {
    const { office, officerName, createdAt } = row.conversation;
    const key = `${office}:${officer}`;
    let entry = this.perOfficer.get(key);
    if (!entry) {
      entry = { id: officer, office, namedAt: -1, figures: new FiguresTally() };
      this.perOfficer.set(key, entry);
    }
    entry.figures.add(row);
    if (officerName && createdAt.getTime() >= entry.namedAt) {
      entry.name = officerName;
      entry.namedAt = createdAt.getTime();
    }
  }

  report(query: ReportQuery, now: Date): Report {
    const only = this.offices.length === 1 ? this.offices[0] : undefined;
    return {
      period: query.period,
      office: query.office,
      title: query.office === 'all' || !only ? 'Semua kantor / All offices' : only.name,
      generatedAt: now.toISOString(),
      total: this.total.figures(),
      offices: this.offices.map((office) => ({
        code: office.code,
        name: office.name,
        figures: (this.perOffice.get(office.code) as FiguresTally).figures(),
      })),
      officers: [...this.perOfficer.values()]
        .map(({ id, office, name, figures }) => ({ id, name: name ?? '—', office, figures: figures.figures() }))
        .sort((a, b) => a.office.localeCompare(b.office) || a.name.localeCompare(b.name)),
      trend: [...this.trend].map(([key, { total, rated, scoreSum }]) => ({
        key,
        total,
        rated,
        ...(rated > 0 ? { average: scoreSum / rated } : {}),
      })),
      comments: this.comments.sort((a, b) => a.atMs - b.atMs).map(({ atMs: _, ...comment }) => comment),
    };
  }
}
