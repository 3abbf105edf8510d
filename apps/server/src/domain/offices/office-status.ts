import type { OfficeDesk, OfficePublic, OfficeStatus } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { OfficeRecord } from '../../store/records.ts';
import { nationalClosures } from '../calendar/national-holidays.ts';
import type { DomainContext } from '../context.ts';
import { isAvailable, officeLoad } from '../presence/presence.service.ts';
import { privacyNoticeOf } from '../privacy/notice.ts';
import { isOpen, localDate, nextOpening, type ServiceCalendar, zoneName } from './service-hours.ts';

/**
 * The office's calendar: its weekly hours, and as closures Indonesia's national holidays and cuti bersama
 * (unless the office opts out) followed by its own dated closures.
 */
export function calendarOf(office: OfficeRecord): ServiceCalendar {
  const inherited = office.nationalHolidays === false ? [] : nationalClosures;
  return { timeZone: office.timeZone, serviceHours: office.serviceHours, closures: [...inherited, ...office.closures] };
}

/** What the officer's app needs of an office to show deadlines. */
export function toOfficeDesk(office: OfficeRecord): OfficeDesk {
  return {
    code: office.code,
    name: office.name,
    timeZone: office.timeZone,
    zoneName: zoneName(office.timeZone),
    responseDeadlineDays: office.responseDeadlineDays,
    inactivityCloseDays: office.inactivityCloseDays,
  };
}

/** The office's local month of an instant ("2026-11"), stored for monthly reports. */
export function localMonth(office: OfficeRecord, instant: Date): string {
  return localDate(instant, office.timeZone).slice(0, 7);
}

export async function findOffice(ctx: Pick<DomainContext, 'store'>, code: string): Promise<OfficeRecord> {
  const office = await ctx.store.offices.byCode(code);
  if (!office) throw new AppError('UNKNOWN_OFFICE');
  return office;
}

/** Open now, and whether a live chat is possible (open and somebody online). */
export async function officeStatus(ctx: DomainContext, office: OfficeRecord): Promise<OfficeStatus> {
  const now = ctx.clock.now();
  const calendar = calendarOf(office);
  const open = isOpen(calendar, now);
  const available = open && (await officeLoad(ctx, office)).some(isAvailable);
  const next = open ? undefined : nextOpening(calendar, now);
  return { officeCode: office.code, open, available, ...(next ? { nextOpenAt: next.toISOString() } : {}) };
}

/** Everything the widget shows before the visitor writes. */
export async function officePublic(ctx: DomainContext, office: OfficeRecord): Promise<OfficePublic> {
  const [{ officeCode: _, ...status }, faq] = await Promise.all([
    officeStatus(ctx, office),
    ctx.store.canned.hasFaq(office.code),
  ]);
  return {
    code: office.code,
    name: office.name,
    timeZone: office.timeZone,
    zoneName: zoneName(office.timeZone),
    greeting: { id: office.widget.greeting?.id ?? '', en: office.widget.greeting?.en ?? '' },
    colour: office.widget.colour ?? '#0b4f8a',
    position: office.widget.position === 'left' ? 'left' : 'right',
    languages: office.languages.filter((lang) => lang === 'id' || lang === 'en'),
    complaintChannels: office.complaintChannels.map(({ kind, value, label }) => ({ kind, value, label })),
    responseDeadlineDays: office.responseDeadlineDays,
    ikmSurvey: office.ikmSurvey ?? false,
    privacyNoticeVersion: privacyNoticeOf(office).version,
    ...(faq ? { hasFaq: true } : {}),
    ...status,
  };
}
