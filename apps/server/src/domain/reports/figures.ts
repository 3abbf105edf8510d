import { channels, purposes, type ReportFigures, type Spread, type TimeZone } from '@pst/protocol';
import type { ConversationMetrics, ConversationRecord } from '../../store/records.ts';
import { zoneOffsetMinutes } from '../offices/service-hours.ts';

/** One conversation of the period with its metrics and its office's zone. */
export interface ReportRow {
  conversation: ConversationRecord;
  metrics: ConversationMetrics;
  timeZone: TimeZone;
}

/** Nearest rank: the smallest value with at least p of the values at or below it (p = 0.5, 0.9). */
export function nearestRank(sorted: number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const median = nearestRank(sorted, 0.5);
  const p90 = nearestRank(sorted, 0.9);
  return { count: sorted.length, ...(median === undefined ? {} : { median }), ...(p90 === undefined ? {} : { p90 }) };
}

const ratio = (part: number, whole: number) => (whole > 0 ? { value: part / whole } : {});
const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
const defined = (values: (number | undefined)[]) => values.filter((value): value is number => value !== undefined);

/** The office-local weekday (0 = Monday) and hour of an instant. */
function arrival(instant: Date, tz: TimeZone): { weekday: number; hour: number } {
  const wall = new Date(instant.getTime() + zoneOffsetMinutes(tz) * 60_000);
  return { weekday: (wall.getUTCDay() + 6) % 7, hour: wall.getUTCHours() };
}

/** Every figure of the report over these conversations (see the README's "Reports" section). */
export function figuresOf(rows: ReportRow[]): ReportFigures {
  const byPurpose = zeros(purposes);
  const byTopic = zeros([...purposes, 'none'] as const);
  const byChannel = zeros(channels);
  const byWeekday = new Array<number>(7).fill(0);
  const byHour = new Array<number>(24).fill(0);
  const distribution = [0, 0, 0, 0, 0];
  let live = 0;
  for (const { conversation, metrics, timeZone } of rows) {
    if (metrics.startedLive) live++;
    byPurpose[conversation.visitorCard.purpose]++;
    byTopic[conversation.topic ?? 'none']++;
    byChannel[conversation.channel]++;
    const { weekday, hour } = arrival(conversation.createdAt, timeZone);
    byWeekday[weekday] = (byWeekday[weekday] ?? 0) + 1;
    byHour[hour] = (byHour[hour] ?? 0) + 1;
    const score = conversation.rating?.score;
    if (score) distribution[score - 1] = (distribution[score - 1] ?? 0) + 1;
  }
  const metrics = rows.map((row) => row.metrics);
  const count = (test: (m: ConversationMetrics) => boolean) => metrics.filter(test).length;
  const met = count((m) => m.deadline === 'met');
  const judged = met + count((m) => m.deadline === 'missed' || m.deadline === 'overdue');
  const scores = rows.flatMap((row) => (row.conversation.rating ? [row.conversation.rating.score] : []));
  const rated = scores.length;
  const closed = rows.filter((row) => row.conversation.status === 'closed').length;
  const average = ratio(
    scores.reduce((sum, score) => sum + score, 0),
    rated,
  );
  const satisfied = ratio(scores.filter((score) => score >= 4).length, rated);
  const withinDeadline = ratio(met, judged);
  const responseRate = ratio(rated, closed);
  return {
    consultations: {
      total: rows.length,
      live,
      offline: rows.length - live,
      byPurpose,
      byTopic,
      byChannel,
      byWeekday,
      byHour,
    },
    times: {
      firstResponse: spreadOf(defined(metrics.map((m) => m.firstResponseMinutes))),
      resolution: spreadOf(defined(metrics.map((m) => m.resolutionMinutes))),
      deadlineJudged: judged,
      deadlineMet: met,
      ...('value' in withinDeadline ? { withinDeadlineShare: withinDeadline.value } : {}),
      overdue: judged - met,
      autoClosed: rows.filter((row) => row.conversation.closeReason === 'inactive').length,
    },
    ratings: {
      count: rated,
      distribution,
      ...('value' in average ? { average: average.value } : {}),
      ...('value' in satisfied ? { satisfiedShare: satisfied.value } : {}),
      closed,
      ...('value' in responseRate ? { responseRate: responseRate.value } : {}),
    },
    queue: {
      wait: spreadOf(defined(metrics.map((m) => m.queueWaitSeconds))),
      abandoned: count((m) => m.abandoned),
    },
  };
}
