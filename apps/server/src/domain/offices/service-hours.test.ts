import type { ServiceSlot, TimeZone } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import {
  dueAt,
  formatLocal,
  isOpen,
  isWorkingDay,
  localDate,
  nextOpening,
  type ServiceCalendar,
  workingMinutesBetween,
  zoneName,
  zoneOffsetMinutes,
} from './service-hours.ts';

// Calendar used below (checked against a wall calendar): 2026-11-26 Thu, 11-27 Fri, 11-28 Sat, 11-30 Mon,
// 12-02 Wed, 12-03 Thu, 12-23 Wed, 12-24 Thu, 12-25 Fri, 12-28 Mon, 12-30 Wed, 2027-01-01 Fri, 01-04 Mon.
// WITA = UTC+8, so 08:00 WITA is 00:00Z and 16:00 WITA is 08:00Z.

function weekdays(days: number[], start: string, end: string): ServiceSlot[] {
  return days.map((weekday) => ({ weekday, start, end }));
}

const closures = [
  { date: '2026-12-24', label: 'Cuti bersama Natal' },
  { date: '2026-12-25', label: 'Hari Raya Natal' },
  { date: '2027-01-01', label: 'Tahun Baru 2027 Masehi' },
];

/** BPS Kabupaten Tabanan: Mon–Thu 08:00–16:00, Fri 08:00–16:30 WITA. */
const tabanan: ServiceCalendar = {
  timeZone: 'Asia/Makassar',
  serviceHours: [...weekdays([1, 2, 3, 4], '08:00', '16:00'), { weekday: 5, start: '08:00', end: '16:30' }],
  closures,
};

const usual = (timeZone: TimeZone): ServiceCalendar => ({
  timeZone,
  serviceHours: weekdays([1, 2, 3, 4, 5], '08:00', '15:30'),
  closures,
});

describe('zones', () => {
  it.each([
    ['Asia/Jakarta', 'WIB', 420],
    ['Asia/Makassar', 'WITA', 480],
    ['Asia/Jayapura', 'WIT', 540],
  ] as const)('%s is %s, UTC+%i minutes', (tz, name, offset) => {
    expect(zoneName(tz)).toBe(name);
    expect(zoneOffsetMinutes(tz)).toBe(offset);
  });

  it.each([
    ['Asia/Jakarta', '2026-11-26'],
    ['Asia/Makassar', '2026-11-27'],
    ['Asia/Jayapura', '2026-11-27'],
  ] as const)('16:30Z on 26 November is local date in %s: %s', (tz, date) => {
    expect(localDate(new Date('2026-11-26T16:30:00Z'), tz)).toBe(date);
  });
});

describe('Tabanan service hours', () => {
  it.each([
    ['Thursday 07:59 WITA, before opening', '2026-11-25T23:59:00Z', false, '2026-11-26T00:00:00.000Z'],
    ['Thursday 08:00 WITA, opening', '2026-11-26T00:00:00Z', true, undefined],
    ['Thursday 15:59 WITA', '2026-11-26T07:59:00Z', true, undefined],
    ['Thursday 16:00 WITA, closed at the end', '2026-11-26T08:00:00Z', false, '2026-11-27T00:00:00.000Z'],
    ['Friday 16:29 WITA, open until 16:30', '2026-11-27T08:29:00Z', true, undefined],
    ['Friday 16:30 WITA', '2026-11-27T08:30:00Z', false, '2026-11-30T00:00:00.000Z'],
    ['Friday 16:31 WITA', '2026-11-27T08:31:00Z', false, '2026-11-30T00:00:00.000Z'],
    ['Saturday 10:00 WITA, weekend', '2026-11-28T02:00:00Z', false, '2026-11-30T00:00:00.000Z'],
    ['Wednesday 17:00 WITA before Natal', '2026-12-23T09:00:00Z', false, '2026-12-28T00:00:00.000Z'],
    ['Thursday 10:00 WITA, cuti bersama Natal', '2026-12-24T02:00:00Z', false, '2026-12-28T00:00:00.000Z'],
    ['Friday 10:00 WITA, Natal', '2026-12-25T02:00:00Z', false, '2026-12-28T00:00:00.000Z'],
  ])('%s: open %s, next opening %s', (_label, at, open, next) => {
    const instant = new Date(at);
    expect(isOpen(tabanan, instant)).toBe(open);
    expect(nextOpening(tabanan, instant)?.toISOString()).toBe(next);
  });

  it.each([
    ['2026-11-27', true],
    ['2026-11-28', false],
    ['2026-11-29', false],
    ['2026-12-24', false],
    ['2026-12-25', false],
    ['2026-12-28', true],
  ])('%s is a working day: %s', (date, working) => {
    expect(isWorkingDay(tabanan, date)).toBe(working);
  });
});

describe('a desk open around the clock (slots ending at 24:00, no closures)', () => {
  const always: ServiceCalendar = {
    timeZone: 'Asia/Jakarta',
    serviceHours: weekdays([1, 2, 3, 4, 5, 6, 7], '00:00', '24:00'),
    closures: [],
  };

  it.each([
    ['Saturday 23:59:30 WIB', '2026-11-28T16:59:30Z'],
    ['Sunday 00:00 WIB', '2026-11-28T17:00:00Z'],
    ['Christmas Day 03:00 WIB', '2026-12-24T20:00:00Z'],
  ])('is open on %s', (_label, instant) => {
    expect(isOpen(always, new Date(instant))).toBe(true);
    expect(nextOpening(always, new Date(instant))).toBeUndefined();
  });
});

describe('dueAt, 3 working days unless stated', () => {
  it.each([
    ['Friday 16:29 WITA, in hours: Mon, Tue, Wed', '2026-11-27T08:29:00Z', 3, '2026-12-02T08:00:00.000Z'],
    ['Friday 16:31 WITA, after hours: from Monday', '2026-11-27T08:31:00Z', 3, '2026-12-03T08:00:00.000Z'],
    ['Saturday, weekend: from Monday', '2026-11-28T02:00:00Z', 3, '2026-12-03T08:00:00.000Z'],
    ['Thursday 07:00 WITA, before opening: same day', '2026-11-25T23:00:00Z', 3, '2026-12-01T08:00:00.000Z'],
    ['Wednesday before Natal: skips 24, 25 Dec', '2026-12-23T02:00:00Z', 3, '2026-12-30T08:00:00.000Z'],
    ['cuti bersama: counts as received Monday', '2026-12-24T02:00:00Z', 3, '2026-12-31T08:00:00.000Z'],
    ['Tuesday before New Year: skips 1 Jan', '2026-12-29T02:00:00Z', 3, '2027-01-04T08:00:00.000Z'],
    ['Thursday, 1 day: ends on Friday at 16:30', '2026-11-26T02:00:00Z', 1, '2026-11-27T08:30:00.000Z'],
    ['Friday 10:00, 0 days: end of that day', '2026-11-27T02:00:00Z', 0, '2026-11-27T08:30:00.000Z'],
  ])('%s', (_label, at, days, due) => {
    expect(dueAt(tabanan, new Date(at), days).toISOString()).toBe(due);
  });

  it('rejects a negative or fractional number of days, and a calendar without hours', () => {
    const at = new Date('2026-11-27T02:00:00Z');
    expect(() => dueAt(tabanan, at, -1)).toThrow(RangeError);
    expect(() => dueAt(tabanan, at, 1.5)).toThrow(RangeError);
    expect(() => dueAt({ ...tabanan, serviceHours: [] }, at, 3)).toThrow(/no service hours/);
    expect(nextOpening({ ...tabanan, serviceHours: [] }, at)).toBeUndefined();
  });
});

describe('one UTC instant seen from offices in three zones (08:00–15:30 Mon–Fri)', () => {
  it.each([
    // Friday 27 November 2026.
    ['00:30Z', 'Asia/Jakarta', '2026-11-27T00:30:00Z', false, '2026-11-27T01:00:00.000Z'], // 07:30 WIB
    ['00:30Z', 'Asia/Makassar', '2026-11-27T00:30:00Z', true, undefined], // 08:30 WITA
    ['00:30Z', 'Asia/Jayapura', '2026-11-27T00:30:00Z', true, undefined], // 09:30 WIT
    ['07:00Z', 'Asia/Jakarta', '2026-11-27T07:00:00Z', true, undefined], // 14:00 WIB
    ['07:00Z', 'Asia/Makassar', '2026-11-27T07:00:00Z', true, undefined], // 15:00 WITA
    ['07:00Z', 'Asia/Jayapura', '2026-11-27T07:00:00Z', false, '2026-11-29T23:00:00.000Z'], // 16:00 WIT
  ] as const)('%s in %s: open %s, next opening %s', (_utc, tz, at, open, next) => {
    const cal = usual(tz);
    expect(isOpen(cal, new Date(at))).toBe(open);
    expect(nextOpening(cal, new Date(at))?.toISOString()).toBe(next);
  });
});

describe('formatLocal', () => {
  it.each([
    ['2026-11-30T00:00:00Z', 'Asia/Makassar', 'id', 'Senin, 30 November 2026 08.00 WITA'],
    ['2026-11-30T00:00:00Z', 'Asia/Makassar', 'en', 'Monday, 30 November 2026 08:00 WITA'],
    ['2026-11-27T08:29:59Z', 'Asia/Makassar', 'id', 'Jumat, 27 November 2026 16.29 WITA'],
    ['2026-12-31T17:05:00Z', 'Asia/Jakarta', 'id', 'Jumat, 1 Januari 2027 00.05 WIB'],
    ['2026-12-31T17:05:00Z', 'Asia/Jakarta', 'en', 'Friday, 1 January 2027 00:05 WIB'],
    ['2026-08-16T15:00:00Z', 'Asia/Jayapura', 'id', 'Senin, 17 Agustus 2026 00.00 WIT'],
    ['2026-11-29T04:00:00Z', 'Asia/Jayapura', 'en', 'Sunday, 29 November 2026 13:00 WIT'],
  ] as const)('%s in %s (%s) is "%s"', (at, tz, lang, text) => {
    expect(formatLocal(new Date(at), tz, lang)).toBe(text);
  });

  it('rejects an invalid instant rather than printing NaN', () => {
    expect(() => formatLocal(new Date('not a date'), 'Asia/Makassar', 'id')).toThrow(RangeError);
  });
});

describe('workingMinutesBetween (Tabanan)', () => {
  const at = (iso: string) => new Date(iso);
  it('counts only the open minutes, across a weekend', () => {
    // Fri 27 Nov 16:20 WITA (08:20Z) → Mon 30 Nov 08:10 WITA (00:10Z): 10 minutes Friday (until 16:30) + 10 Monday.
    expect(workingMinutesBetween(tabanan, at('2026-11-27T08:20:00Z'), at('2026-11-30T00:10:00Z'))).toBe(20);
  });
  it('is the plain difference within one slot, and 0 outside hours or backwards', () => {
    expect(workingMinutesBetween(tabanan, at('2026-11-26T01:00:00Z'), at('2026-11-26T01:45:30Z'))).toBe(45.5);
    expect(workingMinutesBetween(tabanan, at('2026-11-28T01:00:00Z'), at('2026-11-28T05:00:00Z'))).toBe(0);
    expect(workingMinutesBetween(tabanan, at('2026-11-26T05:00:00Z'), at('2026-11-26T01:00:00Z'))).toBe(0);
  });
  it('skips closures: Wed 23 Dec 15:00 → Mon 28 Dec 09:00 WITA is 60 + 60 minutes', () => {
    expect(workingMinutesBetween(tabanan, at('2026-12-23T07:00:00Z'), at('2026-12-28T01:00:00Z'))).toBe(120);
  });
});
