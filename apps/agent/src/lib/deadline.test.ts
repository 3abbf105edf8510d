import { describe, expect, it } from 'vitest';
import { summary, tabananDesk } from '../testing/fixtures.ts';
import { deadlineOf, formatOfficeTime, matchesFilter } from './deadline.ts';

// Due Thursday 26 November 2026 16:00 WITA (08:00Z).
const due = '2026-11-26T08:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('deadlineOf', () => {
  it.each([
    ['the day before', '2026-11-25T09:00:00Z', { overdue: false, dueToday: false }],
    // 00:30 WITA on the 26th is already "today" in Tabanan, though still the 25th in UTC.
    ['just after midnight WITA on the due day', '2026-11-25T16:30:00Z', { overdue: false, dueToday: true }],
    ['a minute after the due time', '2026-11-26T08:01:00Z', { overdue: true, dueToday: false }],
  ])('%s', (_label, now, expected) => {
    expect(deadlineOf(summary({ dueAt: due }), tabananDesk, at(now))).toMatchObject(expected);
  });

  it('is neither overdue nor due today while the clock is paused', () => {
    const view = deadlineOf(
      summary({ dueAt: due, deadlinePausedAt: '2026-11-24T01:00:00Z' }),
      tabananDesk,
      at(due) + 1,
    );
    expect(view).toMatchObject({ paused: true, overdue: false, dueToday: false });
    expect(matchesFilter(view, 'overdue')).toBe(false);
  });

  it('says when a silent chat closes itself, and nothing once the visitor answered', () => {
    const silent = summary({
      lastVisitorMessageAt: '2026-11-23T02:00:00Z',
      lastOfficerMessageAt: '2026-11-23T03:00:00Z',
    });
    expect(deadlineOf(silent, tabananDesk, at(due)).closesAt).toBe('2026-11-30T03:00:00.000Z');
    const answered = { ...silent, lastVisitorMessageAt: '2026-11-23T04:00:00Z' };
    expect(deadlineOf(answered, tabananDesk, at(due)).closesAt).toBeUndefined();
  });

  it('marks a conversation closed after its due date as late', () => {
    const closed = summary({ status: 'closed', dueAt: due, closedAt: '2026-11-27T01:00:00Z' });
    expect(deadlineOf(closed, tabananDesk, at(due))).toMatchObject({ late: true, overdue: false });
  });
});

describe('formatOfficeTime', () => {
  it('writes the office time in either language', () => {
    expect(formatOfficeTime(due, tabananDesk, 'id')).toBe('Kam 26 Nov 16.00 WITA');
    expect(formatOfficeTime(due, tabananDesk, 'en')).toBe('Thu 26 Nov 16:00 WITA');
  });
});
