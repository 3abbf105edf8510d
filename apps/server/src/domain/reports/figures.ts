import {
  channels,
  ikmCategory,
  ikmElements,
  purposes,
  type ReportFigures,
  type Spread,
  type TimeZone,
} from '@pst/protocol';
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

/** The office-local weekday (0 = Monday) and hour of an instant. */
function arrival(instant: Date, tz: TimeZone): { weekday: number; hour: number } {
  const wall = new Date(instant.getTime() + zoneOffsetMinutes(tz) * 60_000);
  return { weekday: (wall.getUTCDay() + 6) % 7, hour: wall.getUTCHours() };
}

/**
 * Every figure of the report (see the README's "Reports" section), folded one conversation at a time so a
 * year of every office never has to sit in memory: only counts and the durations the spreads need are kept.
 */
export class FiguresTally {
  private total = 0;
  private live = 0;
  private readonly byPurpose = zeros(purposes);
  private readonly byTopic = zeros([...purposes, 'none'] as const);
  private readonly byChannel = zeros(channels);
  private readonly byWeekday = new Array<number>(7).fill(0);
  private readonly byHour = new Array<number>(24).fill(0);
  private readonly distribution = [0, 0, 0, 0, 0];
  private readonly firstResponse: number[] = [];
  private readonly resolution: number[] = [];
  private readonly wait: number[] = [];
  private met = 0;
  private notMet = 0;
  private autoClosed = 0;
  private abandoned = 0;
  private closed = 0;
  private scoreSum = 0;
  private rated = 0;
  private satisfied = 0;
  private surveyed = 0;
  private readonly surveySums = new Array<number>(ikmElements.length).fill(0);

  add({ conversation, metrics, timeZone }: ReportRow): void {
    this.total++;
    if (metrics.startedLive) this.live++;
    this.byPurpose[conversation.visitorCard.purpose]++;
    this.byTopic[conversation.topic ?? 'none']++;
    this.byChannel[conversation.channel]++;
    const { weekday, hour } = arrival(conversation.createdAt, timeZone);
    this.byWeekday[weekday] = (this.byWeekday[weekday] ?? 0) + 1;
    this.byHour[hour] = (this.byHour[hour] ?? 0) + 1;
    const score = conversation.rating?.score;
    if (score) {
      this.distribution[score - 1] = (this.distribution[score - 1] ?? 0) + 1;
      this.rated++;
      this.scoreSum += score;
      if (score >= 4) this.satisfied++;
    }
    if (metrics.firstResponseMinutes !== undefined) this.firstResponse.push(metrics.firstResponseMinutes);
    if (metrics.resolutionMinutes !== undefined) this.resolution.push(metrics.resolutionMinutes);
    if (metrics.queueWaitSeconds !== undefined) this.wait.push(metrics.queueWaitSeconds);
    if (metrics.deadline === 'met') this.met++;
    if (metrics.deadline === 'missed' || metrics.deadline === 'overdue') this.notMet++;
    if (metrics.abandoned) this.abandoned++;
    if (conversation.status === 'closed') this.closed++;
    if (conversation.closeReason === 'inactive') this.autoClosed++;
    if (conversation.survey) {
      this.surveyed++;
      conversation.survey.answers.forEach((answer, i) => {
        this.surveySums[i] = (this.surveySums[i] ?? 0) + answer;
      });
    }
  }

  /** PermenPANRB 14/2017: the element averages, weighted 1/9 each and summed, × 25 (a 25–100 scale). */
  private ikm(): ReportFigures['ikm'] {
    if (this.surveyed === 0) return { count: 0 };
    const elementAverages = this.surveySums.map((sum) => sum / this.surveyed);
    const score = elementAverages.reduce((total, average) => total + average / ikmElements.length, 0) * 25;
    return { count: this.surveyed, elementAverages, score, category: ikmCategory(score) };
  }

  figures(): ReportFigures {
    const judged = this.met + this.notMet;
    const average = ratio(this.scoreSum, this.rated);
    const satisfied = ratio(this.satisfied, this.rated);
    const withinDeadline = ratio(this.met, judged);
    const responseRate = ratio(this.rated, this.closed);
    return {
      consultations: {
        total: this.total,
        live: this.live,
        offline: this.total - this.live,
        byPurpose: { ...this.byPurpose },
        byTopic: { ...this.byTopic },
        byChannel: { ...this.byChannel },
        byWeekday: [...this.byWeekday],
        byHour: [...this.byHour],
      },
      times: {
        firstResponse: spreadOf(this.firstResponse),
        resolution: spreadOf(this.resolution),
        deadlineJudged: judged,
        deadlineMet: this.met,
        ...('value' in withinDeadline ? { withinDeadlineShare: withinDeadline.value } : {}),
        overdue: this.notMet,
        autoClosed: this.autoClosed,
      },
      ratings: {
        count: this.rated,
        distribution: [...this.distribution],
        ...('value' in average ? { average: average.value } : {}),
        ...('value' in satisfied ? { satisfiedShare: satisfied.value } : {}),
        closed: this.closed,
        ...('value' in responseRate ? { responseRate: responseRate.value } : {}),
      },
      queue: { wait: spreadOf(this.wait), abandoned: this.abandoned },
      ikm: this.ikm(),
    };
  }
}

/** The figures of rows already in memory. */
export function figuresOf(rows: Iterable<ReportRow>): ReportFigures {
  const tally = new FiguresTally();
  for (const row of rows) tally.add(row);
  return tally.figures();
}
