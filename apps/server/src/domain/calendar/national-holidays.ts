import type { Closure } from '@pst/protocol';
import { z } from 'zod';
import data from './indonesia-holidays.json' with { type: 'json' };

/**
 * Indonesia's national holidays and cuti bersama, from the committed data file beside this module
 * (`indonesia-holidays.json`: one entry per closed day, per year, with its source). Every office
 * inherits them unless it opts out (`nationalHolidays: false`, the always-open demo desk) and adds its
 * own dated closures on top.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const holidayFileSchema = z.object({
  version: isoDay,
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      status: z.enum(['official', 'provisional']),
      source: z.string().min(1),
      days: z.array(z.object({ date: isoDay, kind: z.enum(['holiday', 'cuti_bersama']), name: z.string().min(1) })),
    }),
  ),
});

/** Parsed once at import: a broken file stops the server at start, not a deadline later. */
const file = holidayFileSchema.parse(data);

export type NationalHolidayKind = 'holiday' | 'cuti_bersama';

/** The version of the data file (the day it was last updated). */
export const holidayDataVersion = file.version;

/** Years the file covers, ascending. */
export const coveredYears: number[] = Object.keys(file.years)
  .map(Number)
  .sort((a, b) => a - b);

/** Every national closure, oldest first, as an office closure ('YYYY-MM-DD', label). */
export const nationalClosures: readonly Closure[] = Object.values(file.years)
  .flatMap((year) => year.days.map(({ date, name }) => ({ date, label: name })))
  .sort((a, b) => a.date.localeCompare(b.date));

/** The entries of one year, or undefined when the file does not cover it. */
export function holidaysOf(year: number) {
  return file.years[String(year)];
}

/**
 * The first month in which next year's data must be present: the SKB for the next year is usually
 * signed in September or October, and deadlines (up to 30 working days) reach into the next year from
 * mid-November.
 */
export const NEXT_YEAR_NEEDED_FROM_MONTH = 10;

/**
 * The years a server running at `today` ('YYYY-MM-DD', an office's local date) needs but the file
 * lacks: always this year, and next year from October. Empty when nothing is missing.
 */
export function missingHolidayYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const needed = month >= NEXT_YEAR_NEEDED_FROM_MONTH ? [year, year + 1] : [year];
  return needed.filter((y) => !holidaysOf(y));
}
