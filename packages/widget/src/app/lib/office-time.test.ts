import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/both.ts';
import { formatDueDate, formatOpening } from './office-time.ts';

const id = translator('id');
const en = translator('en');
// Monday 23 November 2026, 20:00 WITA.
const mondayEvening = new Date('2026-11-23T12:00:00Z');

describe('office times', () => {
  it('says the next opening in the office’s zone', () => {
    const tuesdayEight = new Date('2026-11-24T00:00:00Z'); // 08:00 WITA
    expect(formatOpening(id, tuesdayEight, mondayEvening, 'WITA')).toBe('besok pukul 08.00 WITA');
    expect(formatOpening(en, tuesdayEight, mondayEvening, 'WITA')).toBe('tomorrow at 08:00 WITA');
    // The same instant is 07:00 in WIB and 09:00 in WIT.
    expect(formatOpening(id, tuesdayEight, mondayEvening, 'WIB')).toBe('besok pukul 07.00 WIB');
    expect(formatOpening(id, tuesdayEight, mondayEvening, 'WIT')).toBe('besok pukul 09.00 WIT');
  });

  it('names the weekday within a week and adds the date beyond', () => {
    const friday = new Date('2026-11-26T23:30:00Z'); // Friday 07:30 WITA
    expect(formatOpening(id, friday, mondayEvening, 'WITA')).toBe('Jumat pukul 07.30 WITA');
    const afterHolidays = new Date('2026-12-01T00:00:00Z'); // Tuesday 1 December, 08:00 WITA
    expect(formatOpening(en, afterHolidays, mondayEvening, 'WITA')).toBe('Tuesday 1/12 at 08:00 WITA');
  });

  it('counts today by the office’s calendar day, not the visitor’s', () => {
    const early = new Date('2026-11-22T23:00:00Z'); // Monday 07:00 WITA (still Sunday in UTC)
    const opening = new Date('2026-11-23T00:00:00Z'); // Monday 08:00 WITA
    expect(formatOpening(id, opening, early, 'WITA')).toBe('hari ini pukul 08.00 WITA');
  });

  it('writes a due date in the office’s zone', () => {
    expect(formatDueDate(id, new Date('2026-11-26T16:30:00Z'), 'WITA')).toBe('Jumat 27/11/2026');
  });
});
