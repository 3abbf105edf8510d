import type { OfficePublic, OfficeStatus, TimeZone } from '@pst/protocol';
import type { HydratedDocument } from 'mongoose';
import type { AppContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { connectedOfficerIds } from '../presence/presence.service.ts';
import type { Office } from './office.model.ts';
import { isOpen, localDate, nextOpening, type ServiceCalendar, zoneName } from './service-hours.ts';

export type OfficeDoc = HydratedDocument<Office>;

export function calendarOf(office: Office): ServiceCalendar {
  return {
    timeZone: office.timeZone as TimeZone,
    serviceHours: office.serviceHours.map(({ weekday, start, end }) => ({ weekday, start, end })),
    closures: office.closures.map(({ date, label }) => ({ date, label })),
  };
}

/** The office's local month of an instant ("2026-11"), stored for monthly reports. */
export function localMonth(office: Office, instant: Date): string {
  return localDate(instant, office.timeZone as TimeZone).slice(0, 7);
}

export async function findOffice(ctx: AppContext, code: string): Promise<OfficeDoc> {
  const office = await ctx.models.Office.findOne({ code });
  if (!office) throw new AppError('UNKNOWN_OFFICE');
  return office;
}

/** Online officers of the office with a connected tab. */
export async function availableOfficerIds(ctx: AppContext, code: string): Promise<Set<string>> {
  const online = await ctx.models.Officer.find({ offices: code, status: 'online', disabled: false }).select('_id');
  return connectedOfficerIds(
    ctx,
    online.map((officer) => officer._id),
  );
}

/** Open now, and whether a live chat is possible (open and somebody online). */
export async function officeStatus(ctx: AppContext, office: Office): Promise<OfficeStatus> {
  const now = ctx.clock.now();
  const calendar = calendarOf(office);
  const open = isOpen(calendar, now);
  const available = open && (await availableOfficerIds(ctx, office.code)).size > 0;
  const next = open ? undefined : nextOpening(calendar, now);
  return { officeCode: office.code, open, available, ...(next ? { nextOpenAt: next.toISOString() } : {}) };
}

/** Everything the widget shows before the visitor writes. */
export async function officePublic(ctx: AppContext, office: Office): Promise<OfficePublic> {
  const { officeCode: _, ...status } = await officeStatus(ctx, office);
  const timeZone = office.timeZone as TimeZone;
  return {
    code: office.code,
    name: office.name,
    timeZone,
    zoneName: zoneName(timeZone),
    greeting: { id: office.widget?.greeting?.id ?? '', en: office.widget?.greeting?.en ?? '' },
    colour: office.widget?.colour ?? '#0b4f8a',
    position: office.widget?.position === 'left' ? 'left' : 'right',
    languages: office.languages.filter((lang): lang is 'id' | 'en' => lang === 'id' || lang === 'en'),
    complaintChannels: office.complaintChannels.map(({ kind, value, label }) => ({
      kind: kind as OfficePublic['complaintChannels'][number]['kind'],
      value,
      label,
    })),
    responseDeadlineDays: office.responseDeadlineDays,
    ...status,
  };
}
