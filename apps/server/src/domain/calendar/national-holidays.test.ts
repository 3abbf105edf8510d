import { describe, expect, it } from 'vitest';
import { systemClock } from '../../time/clock.ts';
import { localDate } from '../offices/service-hours.ts';
import { coveredYears, holidaysOf, missingHolidayYears, nationalClosures } from './national-holidays.ts';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('the national holiday data', () => {
  it('covers 2025, 2026 and 2027, each with its source', () => {
    expect(coveredYears).toEqual(expect.arrayContaining([2025, 2026, 2027]));
    for (const year of coveredYears) expect(holidaysOf(year)?.source).toMatch(/SKB|python-holidays/);
  });

  it.each(coveredYears)(
    '%i: every day is in its year, listed once, and cuti bersama never falls on a weekend',
    (year) => {
      const days = holidaysOf(year)?.days ?? [];
      expect(days.length).toBeGreaterThan(15);
      expect(days.every((day) => day.date.startsWith(`${year}-`))).toBe(true);
      expect(new Set(days.map((day) => day.date)).size).toBe(days.length);
      const weekendLeave = days.filter((day) => day.kind === 'cuti_bersama' && [0, 6].includes(weekday(day.date)));
      expect(weekendLeave).toEqual([]);
    },
  );

  it('has Idul Fitri 1447 H with its cuti bersama as in SKB 2026', () => {
    const march = (holidaysOf(2026)?.days ?? []).filter((day) => day.date >= '2026-03-18' && day.date <= '2026-03-24');
    expect(march.map((day) => [day.date, day.kind])).toEqual([
      ['2026-03-18', 'cuti_bersama'],
      ['2026-03-19', 'holiday'],
      ['2026-03-20', 'cuti_bersama'],
      ['2026-03-21', 'holiday'],
      ['2026-03-22', 'holiday'],
      ['2026-03-23', 'cuti_bersama'],
      ['2026-03-24', 'cuti_bersama'],
    ]);
  });

  it('gives offices their closures sorted by date', () => {
    const dates = nationalClosures.map((closure) => closure.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('missingHolidayYears', () => {
  it.each([
    ['2026-11-30', []],
    ['2027-09-30', []],
    ['2027-10-01', [2028]],
    ['2028-01-02', [2028]],
    ['2030-12-31', [2030, 2031]],
  ])('on %s: %j', (today, missing) => {
    expect(missingHolidayYears(today)).toEqual(missing);
  });

  // Deliberately the real date, not a set clock: this test exists to fail in CI when the calendar is about
  // to run out (this year's data missing, or next year's from October), so the data cannot silently lapse.
  // The fix is a data update (README, "How the holiday data is updated"), not a change to this test.
  it("today's and, from October, next year's holidays are in the data", () => {
    expect(missingHolidayYears(localDate(systemClock.now(), 'Asia/Jakarta'))).toEqual([]);
  });
});
