import { z } from 'zod';
import { idSchema, isoTimeSchema, officeCodeSchema } from './common.ts';
import { channels, ikmCategories, ikmElements, purposes } from './constants.ts';

/**
 * Monthly and yearly evaluation reports (laporan evaluasi). Every figure is defined once, in the README's
 * "Reports" section, as `apps/server/src/domain/reports/` computes it.
 */

/** A month "2026-11" or a year "2026", in the office's own calendar. */
export const reportPeriodSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'YYYY or YYYY-MM');

/** Which report: one office, or `all` (admins only). */
export const reportQuerySchema = z.strictObject({
  period: reportPeriodSchema,
  office: z.union([officeCodeSchema, z.literal('all')]),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const exportFormats = ['csv', 'xlsx'] as const;
/** The export: the report's query and a file format; CSV gives one table (`table`), XLSX all of them. */
export const reportExportQuerySchema = reportQuerySchema.extend({
  format: z.enum(exportFormats),
  table: z.enum(['conversations', 'offices', 'officers', 'ikm']).default('conversations'),
});
export type ReportExportQuery = z.input<typeof reportExportQuerySchema>;

/** Median and 90th percentile (nearest rank) of `count` values; absent when there are none. */
export const spreadSchema = z.object({
  count: z.number().int().min(0),
  median: z.number().optional(),
  p90: z.number().optional(),
});
export type Spread = z.infer<typeof spreadSchema>;

const counts = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.number().int().min(0));

/** Every figure of one office, one officer or all offices together, for the period. */
export const reportFiguresSchema = z.object({
  consultations: z.object({
    total: z.number().int(),
    live: z.number().int(),
    offline: z.number().int(),
    byPurpose: counts(purposes),
    /** The topic recorded at close; `none` when closed without one or still open. */
    byTopic: counts([...purposes, 'none']),
    byChannel: counts(channels),
    /** Index 0 = Monday … 6 = Sunday, office-local. */
    byWeekday: z.array(z.number().int()).length(7),
    /** Index = office-local hour of arrival, 0–23. */
    byHour: z.array(z.number().int()).length(24),
  }),
  times: z.object({
    /** Working minutes. */
    firstResponse: spreadSchema,
    /** Working minutes. */
    resolution: spreadSchema,
    deadlineJudged: z.number().int(),
    deadlineMet: z.number().int(),
    /** deadlineMet / deadlineJudged, 0–1; absent with nothing judged. */
    withinDeadlineShare: z.number().optional(),
    overdue: z.number().int(),
    autoClosed: z.number().int(),
  }),
  ratings: z.object({
    count: z.number().int(),
    /** Index 0 = score 1 … 4 = score 5. */
    distribution: z.array(z.number().int()).length(5),
    average: z.number().optional(),
    /** Share of scores 4 and 5. */
    satisfiedShare: z.number().optional(),
    closed: z.number().int(),
    /** Rated / closed. */
    responseRate: z.number().optional(),
  }),
  queue: z.object({
    /** Seconds. */
    wait: spreadSchema,
    abandoned: z.number().int(),
  }),
  /** The IKM survey (PermenPANRB 14/2017); averages, score and category only when someone answered. */
  ikm: z.object({
    count: z.number().int(),
    /** Average answer (1–4) per element, in the order of `ikmElements`. */
    elementAverages: z.array(z.number()).length(ikmElements.length).optional(),
    /** Sum of the element averages × 1/9 × 25: 25–100. */
    score: z.number().optional(),
    category: z.enum(ikmCategories).optional(),
  }),
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const reportCommentSchema = z.object({
  conversationId: idSchema,
  office: officeCodeSchema,
  officerName: z.string().optional(),
  visitorName: z.string(),
  score: z.number().int().min(1).max(5),
  comment: z.string(),
  at: isoTimeSchema,
});
export type ReportComment = z.infer<typeof reportCommentSchema>;

export const reportSchema = z.object({
  period: reportPeriodSchema,
  office: z.union([officeCodeSchema, z.literal('all')]),
  /** The office's name, or "all offices". */
  title: z.string(),
  generatedAt: isoTimeSchema,
  total: reportFiguresSchema,
  offices: z.array(z.object({ code: officeCodeSchema, name: z.string(), figures: reportFiguresSchema })),
  /** Per officer who was last assigned to a conversation of the period; `unassigned` has no id. */
  officers: z.array(
    z.object({ id: idSchema.optional(), name: z.string(), office: officeCodeSchema, figures: reportFiguresSchema }),
  ),
  /** Per month of a year ("2026-01"), or per day of a month ("2026-11-03"). */
  trend: z.array(
    z.object({
      key: z.string(),
      total: z.number().int(),
      rated: z.number().int(),
      average: z.number().optional(),
    }),
  ),
  comments: z.array(reportCommentSchema),
  /** Questions the widget's FAQ answered without a chat (the visitor said so), in the period. */
  faqAnswered: z.number().int().optional(),
});
export type Report = z.infer<typeof reportSchema>;
