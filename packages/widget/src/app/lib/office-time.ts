import type { Translate } from '../i18n/index.ts';

/**
 * Times in an office's zone. Indonesia's zones have fixed offsets and no
 * daylight saving time, so the zone name alone gives the offset: no Intl time
 * zone data needed, and the same answer on every visitor's device.
 */
const OFFSET_HOURS: Record<string, number> = { WIB: 7, WITA: 8, WIT: 9 };
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A Date whose UTC fields read as the office's wall clock. */
function wallClock(instant: Date, zoneName: string): Date {
  return new Date(instant.getTime() + (OFFSET_HOURS[zoneName] ?? 0) * HOUR_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

function clock(t: Translate, wall: Date): string {
  return t('time.clock', { h: pad(wall.getUTCHours()), m: pad(wall.getUTCMinutes()) });
}

/** Days between two wall-clock dates, counting calendar days, not 24-hour spans. */
function dayDifference(from: Date, to: Date): number {
  const day = (wall: Date) => Math.floor(wall.getTime() / DAY_MS);
  return day(to) - day(from);
}

/** "besok pukul 08.00 WITA", "Senin pukul 08.00 WITA", "Senin 5/1 pukul 08.00 WITA". */
export function formatOpening(t: Translate, at: Date, now: Date, zoneName: string): string {
  const wall = wallClock(at, zoneName);
  const days = dayDifference(wallClock(now, zoneName), wall);
  const time = clock(t, wall);
  const zone = zoneName;
  if (days <= 0) return t('when.today', { time, zone });
  if (days === 1) return t('when.tomorrow', { time, zone });
  // getUTCDay: 0 = Sunday; the catalogue counts 1 = Monday … 7 = Sunday, as service hours do.
  const day = t(`day.${wall.getUTCDay() || 7}` as 'day.1');
  if (days < 7) return t('when.weekday', { day, time, zone });
  const date = `${wall.getUTCDate()}/${wall.getUTCMonth() + 1}`;
  return t('when.date', { day, date, time, zone });
}

/** A due date in the office's zone: "Senin 5/1/2026". */
export function formatDueDate(t: Translate, at: Date, zoneName: string): string {
  const wall = wallClock(at, zoneName);
  const day = t(`day.${wall.getUTCDay() || 7}` as 'day.1');
  return `${day} ${wall.getUTCDate()}/${wall.getUTCMonth() + 1}/${wall.getUTCFullYear()}`;
}

/** A message's time on the visitor's own clock: "14.05". */
export function formatMessageTime(t: Translate, at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '';
  return t('time.clock', { h: pad(date.getHours()), m: pad(date.getMinutes()) });
}
