import type { ConversationSummary, OfficeDesk, TimeZone } from '@pst/protocol';

/** Indonesia's zones have fixed offsets (no daylight saving time), so no time-zone database is needed. */
const offsetHours: Record<TimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A time as the office's wall clock shows it, in a Date's UTC fields. */
const wall = (ms: number, tz: TimeZone) => new Date(ms + offsetHours[tz] * HOUR_MS);
const localDay = (ms: number, tz: TimeZone) => wall(ms, tz).toISOString().slice(0, 10);

/** Where a conversation stands against its deadline, judged at `now` (the server's time). */
export interface DeadlineView {
  dueAt: string;
  /** The desk waits for the visitor: the clock stands still. */
  paused: boolean;
  overdue: boolean;
  /** Due later today, office time. */
  dueToday: boolean;
  /** Closed after its due date. */
  late: boolean;
  /** When a silent active chat closes itself, if the visitor has not answered the officer's last message. */
  closesAt?: string;
}

export function deadlineOf(chat: ConversationSummary, desk: OfficeDesk | undefined, now: number): DeadlineView {
  const due = Date.parse(chat.dueAt);
  const open = chat.status !== 'closed';
  const paused = open && chat.deadlinePausedAt !== undefined;
  const running = open && !paused;
  const overdue = running && now > due;
  const tz = desk?.timeZone ?? 'Asia/Jakarta';
  const view: DeadlineView = {
    dueAt: chat.dueAt,
    paused,
    overdue,
    dueToday: running && !overdue && localDay(due, tz) === localDay(now, tz),
    late: !open && chat.closedAt !== undefined && Date.parse(chat.closedAt) > due,
  };
  const officerAt = chat.lastOfficerMessageAt ? Date.parse(chat.lastOfficerMessageAt) : undefined;
  const visitorAt = chat.lastVisitorMessageAt ? Date.parse(chat.lastVisitorMessageAt) : 0;
  if (chat.status === 'active' && desk && officerAt !== undefined && officerAt >= visitorAt) {
    view.closesAt = new Date(officerAt + desk.inactivityCloseDays * DAY_MS).toISOString();
  }
  return view;
}

/** A list's way to judge one line: its deadline now, and its office for the zone. */
export type DeadlineOf = (chat: ConversationSummary) => { view: DeadlineView; desk: OfficeDesk | undefined };

export type DeadlineFilter = 'all' | 'overdue' | 'today';

export function matchesFilter(view: DeadlineView, filter: DeadlineFilter): boolean {
  if (filter === 'overdue') return view.overdue;
  if (filter === 'today') return view.dueToday;
  return true;
}

const names = {
  id: {
    days: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  },
  en: {
    days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
} as const;

/** "Kam 26 Nov 16.00 WITA" / "Thu 26 Nov 16:00 WITA": in the office's zone, the same on every browser. */
export function formatOfficeTime(iso: string, desk: OfficeDesk | undefined, lang: string): string {
  const tz = desk?.timeZone ?? 'Asia/Jakarta';
  const zone = desk?.zoneName ?? 'WIB';
  const w = wall(Date.parse(iso), tz);
  const words = lang === 'en' ? names.en : names.id;
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(w.getUTCHours())}${lang === 'en' ? ':' : '.'}${pad(w.getUTCMinutes())}`;
  return `${words.days[w.getUTCDay()]} ${w.getUTCDate()} ${words.months[w.getUTCMonth()]} ${time} ${zone}`;
}
