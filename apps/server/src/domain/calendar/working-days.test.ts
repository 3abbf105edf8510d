import type { TimeZone } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import type { OfficeRecord } from '../../store/records.ts';
import { calendarOf } from '../offices/office-status.ts';
import { dueAt, isWorkingDay } from '../offices/service-hours.ts';

// The working-day calculation over the committed national calendar, in each of Indonesia's zones.
// Offices work 08:00–15:30, Monday to Friday; a request is due 3 working days later, at closing.
// Weekdays checked against a wall calendar: 2026-03-13 Fri, 16 Mon, 17 Tue, 18 Wed, 19 Thu, 20 Fri,
// 23 Mon, 24 Tue, 25 Wed, 26 Thu, 27 Fri, 30 Mon; 2027-03-04 Thu, 05 Fri, 08 Mon … 15 Mon, 16 Tue, 19 Fri.

function office(timeZone: TimeZone, extra: Partial<OfficeRecord> = {}): OfficeRecord {
  return {
    code: '5102',
    name: 'Test',
    timeZone,
    serviceHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '15:30' })),
    closures: [],
    allowedOrigins: [],
    complaintChannels: [],
    contacts: {},
    routingMode: 'auto',
    maxChatsPerOfficer: 5,
    inactivityCloseDays: 7,
    responseDeadlineDays: 3,
    retentionDays: 730,
    widget: {},
    languages: ['id', 'en'],
    ...extra,
  };
}

const offsetHours: Record<TimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };
const zones = Object.keys(offsetHours) as TimeZone[];

/** The instant the office's clock shows `date` `hh:mm`. */
function local(tz: TimeZone, date: string, time: string): Date {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return new Date(Date.parse(`${date}T00:00:00Z`) + ((h - offsetHours[tz]) * 60 + m) * 60_000);
}

const cases: [label: string, receivedDate: string, receivedTime: string, dueDate: string][] = [
  // Idul Fitri 1447 H: 18 cuti Nyepi, 19 Nyepi, 20 cuti, 21–22 Idul Fitri (weekend), 23–24 cuti.
  ['Fri 13 Mar 2026: Mon 16, Tue 17, then Wed 25 after the holidays', '2026-03-13', '10:00', '2026-03-25'],
  ['Mon 16 Mar 2026: Tue 17, Wed 25, Thu 26', '2026-03-16', '10:00', '2026-03-26'],
  ['Tue 17 Mar 2026 in hours: Wed 25, Thu 26, Fri 27', '2026-03-17', '10:00', '2026-03-27'],
  ['Tue 17 Mar 2026 after closing: received Wed 25, due Mon 30', '2026-03-17', '16:00', '2026-03-30'],
  ['Thu 19 Mar 2026, Nyepi: received Wed 25, due Mon 30', '2026-03-19', '10:00', '2026-03-30'],
  ['Mon 23 Mar 2026, cuti bersama: received Wed 25, due Mon 30', '2026-03-23', '09:00', '2026-03-30'],
  // Kenaikan (14 May) with cuti bersama (15 May); Idul Adha (27 May) with cuti (28 May) and Pancasila (1 June).
  ['Wed 13 May 2026: Mon 18, Tue 19, Wed 20', '2026-05-13', '10:00', '2026-05-20'],
  ['Tue 26 May 2026: Fri 29, Tue 2 June, Wed 3 June', '2026-05-26', '10:00', '2026-06-03'],
  // Natal: 24 cuti, 25 Natal; then Tahun Baru (1 Jan) and Isra Mikraj (Tue 5 Jan 2027).
  ['Wed 23 Dec 2026: Mon 28, Tue 29, Wed 30', '2026-12-23', '10:00', '2026-12-30'],
  ['Thu 31 Dec 2026: Mon 4, Wed 6, Thu 7 January 2027', '2026-12-31', '10:00', '2027-01-07'],
  // Imlek 2578 (Sat 6 Feb 2027) with cuti bersama Fri 5 Feb.
  ['Thu 4 Feb 2027: Mon 8, Tue 9, Wed 10', '2027-02-04', '10:00', '2027-02-10'],
  // Idul Fitri 1448 H: 8 Nyepi, 9 cuti, 10–11 Idul Fitri, 12 cuti, 15 cuti.
  ['Thu 4 Mar 2027: Fri 5, Tue 16, Wed 17', '2027-03-04', '10:00', '2027-03-17'],
  ['Fri 5 Mar 2027: Tue 16, Wed 17, Thu 18', '2027-03-05', '10:00', '2027-03-18'],
  ['Wed 10 Mar 2027, Idul Fitri: received Tue 16, due Fri 19', '2027-03-10', '10:00', '2027-03-19'],
  // Natal 2027: 24 Dec cuti bersama (Friday).
  ['Thu 23 Dec 2027: Mon 27, Tue 28, Wed 29', '2027-12-23', '10:00', '2027-12-29'],
];

describe.each(zones)('3 working days in %s', (tz) => {
  it.each(cases)('%s', (_label, receivedDate, receivedTime, dueDate) => {
    const due = dueAt(calendarOf(office(tz)), local(tz, receivedDate, receivedTime), 3);
    expect(due.toISOString()).toBe(local(tz, dueDate, '15:30').toISOString());
  });
});

describe('one instant, three zones: Tuesday 17 March 2026 08:00 UTC', () => {
  it.each([
    // 15:00 WIB, still open: counted from Tuesday.
    ['Asia/Jakarta', '2026-03-27'],
    // 16:00 WITA and 17:00 WIT, closed: counted from the next opening, Wednesday 25 after Idul Fitri.
    ['Asia/Makassar', '2026-03-30'],
    ['Asia/Jayapura', '2026-03-30'],
  ] as const)('%s: due %s at 15:30 local', (tz, dueDate) => {
    const due = dueAt(calendarOf(office(tz)), new Date('2026-03-17T08:00:00Z'), 3);
    expect(due.toISOString()).toBe(local(tz, dueDate, '15:30').toISOString());
  });
});

describe('offices inherit the national calendar and add their own closures', () => {
  it("an office's own closure counts on top of the national ones", () => {
    const tabanan = office('Asia/Makassar', { closures: [{ date: '2026-03-25', label: 'Hari Raya Galungan' }] });
    const due = dueAt(calendarOf(tabanan), local('Asia/Makassar', '2026-03-16', '10:00'), 3);
    expect(due.toISOString()).toBe(local('Asia/Makassar', '2026-03-27', '15:30').toISOString());
  });

  it('an office that opts out (the always-open demo desk) works through the holidays', () => {
    const demo = calendarOf(office('Asia/Jakarta', { nationalHolidays: false }));
    expect(isWorkingDay(demo, '2026-03-19')).toBe(true);
    expect(isWorkingDay(calendarOf(office('Asia/Jakarta')), '2026-03-19')).toBe(false);
  });
});
