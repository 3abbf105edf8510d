import type { Closure, ServiceSlot, TimeZone } from '@pst/protocol';

/**
 * Service hours (jam pelayanan), working days (hari kerja) and response deadlines of one office.
 * Pure: every function takes the instant it reasons about, so tests and the settable clock decide "now".
 */

/** What an office's desk needs to know about time: its zone, weekly hours and dated closures. */
export interface ServiceCalendar {
  timeZone: TimeZone;
  serviceHours: ServiceSlot[];
  closures: Closure[];
}

const zones: Record<TimeZone, { name: 'WIB' | 'WITA' | 'WIT'; offsetMinutes: number }> = {
  'Asia/Jakarta': { name: 'WIB', offsetMinutes: 7 * 60 },
  'Asia/Makassar': { name: 'WITA', offsetMinutes: 8 * 60 },
  'Asia/Jayapura': { name: 'WIT', offsetMinutes: 9 * 60 },
};

/** How far ahead to look for an opening or a working day: a year plus slack for long closures. */
const SEARCH_DAYS = 400;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export function zoneName(tz: TimeZone): 'WIB' | 'WITA' | 'WIT' {
  return zones[tz].name;
}

/**
 * Minutes east of UTC. Indonesia has not observed daylight saving time since 1964 and its zones have
 * kept these offsets since 1988, so a fixed offset is exact for every instant we handle, and we need
 * neither Intl nor the host's tz database.
 */
export function zoneOffsetMinutes(tz: TimeZone): number {
  return zones[tz].offsetMinutes;
}

/** The office's wall clock, read off a Date whose UTC fields were shifted by the zone offset. */
function wallClock(instant: Date, tz: TimeZone): Date {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid instant');
  return new Date(ms + zoneOffsetMinutes(tz) * MINUTE_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(wall: Date): string {
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** Midnight UTC of a 'YYYY-MM-DD' day: a day number that is independent of any zone. */
function dayStartMs(date: string): number {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function addDays(date: string, days: number): string {
  return isoDate(new Date(dayStartMs(date) + days * DAY_MS));
}

/** 1 = Monday … 7 = Sunday, as in ServiceSlot. */
function isoWeekday(wall: Date): number {
  return wall.getUTCDay() || 7;
}

function toMinutes(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
}

/** The instant at which the office's clock shows `minutes` past midnight on `date`. */
function instantAt(date: string, minutes: number, tz: TimeZone): Date {
  return new Date(dayStartMs(date) + (minutes - zoneOffsetMinutes(tz)) * MINUTE_MS);
}

function slotsOn(cal: ServiceCalendar, date: string): ServiceSlot[] {
  const weekday = isoWeekday(new Date(dayStartMs(date)));
  return cal.serviceHours.filter((slot) => slot.weekday === weekday);
}

/** The office's calendar date ('YYYY-MM-DD') at `instant`. */
export function localDate(instant: Date, tz: TimeZone): string {
  return isoDate(wallClock(instant, tz));
}

/** A weekday with at least one slot that is not a closure (holiday, cuti bersama). */
export function isWorkingDay(cal: ServiceCalendar, date: string): boolean {
  return slotsOn(cal, date).length > 0 && !cal.closures.some((closure) => closure.date === date);
}

/** Within a slot of a working day, local time; a slot includes its start and excludes its end. */
export function isOpen(cal: ServiceCalendar, instant: Date): boolean {
  const wall = wallClock(instant, cal.timeZone);
  const date = isoDate(wall);
  if (!isWorkingDay(cal, date)) return false;
  const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes() + wall.getUTCSeconds() / 60;
  return slotsOn(cal, date).some((slot) => toMinutes(slot.start) <= minutes && minutes < toMinutes(slot.end));
}

/**
 * When the desk opens next: undefined while it is open (there is nothing to wait for), otherwise the
 * first slot start after `instant`. Undefined too when no slot starts within SEARCH_DAYS days.
 */
export function nextOpening(cal: ServiceCalendar, instant: Date): Date | undefined {
  if (isOpen(cal, instant)) return undefined;
  const today = localDate(instant, cal.timeZone);
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const date = addDays(today, i);
    if (!isWorkingDay(cal, date)) continue;
    const starts = slotsOn(cal, date)
      .map((slot) => toMinutes(slot.start))
      .sort((a, b) => a - b);
    for (const start of starts) {
      const opening = instantAt(date, start, cal.timeZone);
      if (opening > instant) return opening;
    }
  }
  return undefined;
}

/**
 * The response deadline of a request, per the standards' "paling lambat N hari kerja":
 * - a request received during service hours counts from that day; one received outside them (after
 *   closing, before opening, at a weekend or on a closure) counts as received at the next opening;
 * - the deadline is the end of the last slot on the N-th working day after that start day.
 * E.g. Tabanan, N = 3: received Friday 16:29 WITA → due Wednesday 16:00; Friday 16:31 → Thursday 16:00.
 * Throws when the calendar has no working day within SEARCH_DAYS days: there is no honest deadline then.
 */
export function dueAt(cal: ServiceCalendar, receivedAt: Date, workingDays: number): Date {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError('workingDays must be an integer ≥ 0');
  const start = isOpen(cal, receivedAt) ? receivedAt : nextOpening(cal, receivedAt);
  if (!start) throw new Error('no service hours within the search window');
  let day = localDate(start, cal.timeZone);
  for (let counted = 0, steps = 0; counted < workingDays; ) {
    if (++steps > SEARCH_DAYS) throw new Error('no working day within the search window');
    day = addDays(day, 1);
    if (isWorkingDay(cal, day)) counted++;
  }
  const lastEnd = Math.max(...slotsOn(cal, day).map((slot) => toMinutes(slot.end)));
  return instantAt(day, lastEnd, cal.timeZone);
}

/**
 * One working day before `deadline`: the end of the last slot of the working day before the deadline's
 * day. E.g. due Wednesday 16:00 → Tuesday at closing. Undefined when no working day precedes it within
 * SEARCH_DAYS days.
 */
export function workingDayBefore(cal: ServiceCalendar, deadline: Date): Date | undefined {
  let day = localDate(deadline, cal.timeZone);
  for (let i = 0; i < SEARCH_DAYS; i++) {
    day = addDays(day, -1);
    if (!isWorkingDay(cal, day)) continue;
    const lastEnd = Math.max(...slotsOn(cal, day).map((slot) => toMinutes(slot.end)));
    return instantAt(day, lastEnd, cal.timeZone);
  }
  return undefined;
}

/**
 * A bound for reminders: a deadline on or after this instant has its `workingDayBefore` still ahead of `now`
 * (the current or next working day whose service has not ended, or a later one, comes first), so only
 * deadlines before it can be due for a day-before reminder at `now`.
 */
export function remindableBefore(cal: ServiceCalendar, now: Date): Date {
  let day = localDate(now, cal.timeZone);
  for (let i = 0; i < SEARCH_DAYS; i++, day = addDays(day, 1)) {
    if (!isWorkingDay(cal, day)) continue;
    const lastEnd = Math.max(...slotsOn(cal, day).map((slot) => toMinutes(slot.end)));
    if (instantAt(day, lastEnd, cal.timeZone) > now) return instantAt(addDays(day, 1), 0, cal.timeZone);
  }
  return new Date(now.getTime() + SEARCH_DAYS * DAY_MS);
}

/**
 * Minutes of the office's working time between two instants: the overlap of [from, to) with the service
 * slots of working days (closures excluded). What reports call "in working time": a chat received Friday
 * 15:50 and answered Monday 08:10 took 10 + 10 = 20 working minutes at a desk open until 16:00.
 * 0 when `to` is not after `from`.
 */
export function workingMinutesBetween(cal: ServiceCalendar, from: Date, to: Date): number {
  if (!(to > from)) return 0;
  let total = 0;
  const last = localDate(to, cal.timeZone);
  for (let day = localDate(from, cal.timeZone); day <= last; day = addDays(day, 1)) {
    if (!isWorkingDay(cal, day)) continue;
    for (const slot of slotsOn(cal, day)) {
      const start = Math.max(instantAt(day, toMinutes(slot.start), cal.timeZone).getTime(), from.getTime());
      const end = Math.min(instantAt(day, toMinutes(slot.end), cal.timeZone).getTime(), to.getTime());
      if (end > start) total += (end - start) / MINUTE_MS;
    }
  }
  return total;
}

const dayNames = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;
const monthNames = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/**
 * "Senin, 30 November 2026 08.00 WITA" / "Monday, 30 November 2026 08:00 WITA", to the minute (seconds
 * dropped). Plain tables rather than Intl, so the text is the same on every host and ICU build;
 * Indonesian writes the time with a dot (PUEBI), English with a colon.
 */
export function formatLocal(instant: Date, tz: TimeZone, lang: 'id' | 'en'): string {
  const wall = wallClock(instant, tz);
  const day = dayNames[lang][isoWeekday(wall) - 1];
  const month = monthNames[lang][wall.getUTCMonth()];
  const time = `${pad(wall.getUTCHours())}${lang === 'id' ? '.' : ':'}${pad(wall.getUTCMinutes())}`;
  return `${day}, ${wall.getUTCDate()} ${month} ${wall.getUTCFullYear()} ${time} ${zoneName(tz)}`;
}
