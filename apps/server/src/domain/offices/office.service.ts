import type {
  CreateOfficeInput,
  OfficeAdmin,
  OfficeAuditEntry,
  OfficeChangeAuthor,
  UpdateOfficeInput,
} from '@pst/protocol';
import { defaultFileKinds } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import { isDuplicateKey } from '../../store/duplicate-key.ts';
import type { OfficeRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { privacyNoticeOf } from '../privacy/notice.ts';
import { settingsDiff } from './settings-diff.ts';

/** What the office functions need: the admin CLI has no sockets. */
export type OfficeServiceContext = Pick<DomainContext, 'store' | 'clock'>;

/** The colour of a new office's widget: dark BPS blue, about 8:1 against white text. */
const DEFAULT_COLOUR = '#0b4f8a';

function defaultGreeting(name: string): OfficeAdmin['widget']['greeting'] {
  return {
    id: `Halo! Selamat datang di layanan konsultasi statistik PST ${name}. Ada yang bisa kami bantu?`,
    en: `Hello! Welcome to the statistical consultation service of PST ${name}. How can we help you?`,
  };
}

function toOfficeAdmin(office: OfficeRecord): OfficeAdmin {
  return {
    code: office.code,
    name: office.name,
    timeZone: office.timeZone,
    serviceHours: office.serviceHours.map(({ weekday, start, end }) => ({ weekday, start, end })),
    closures: office.closures.map(({ date, label }) => ({ date, label })),
    allowedOrigins: [...office.allowedOrigins],
    complaintChannels: office.complaintChannels.map(({ kind, value, label }) => ({ kind, value, label })),
    contacts: { ...office.contacts },
    routingMode: office.routingMode,
    maxChatsPerOfficer: office.maxChatsPerOfficer,
    inactivityCloseDays: office.inactivityCloseDays,
    responseDeadlineDays: office.responseDeadlineDays,
    retentionDays: office.retentionDays ?? 730,
    ikmSurvey: office.ikmSurvey ?? false,
    privacyNotice: privacyNoticeOf(office),
    fileKinds: [...(office.fileKinds ?? defaultFileKinds)],
    widget: {
      colour: office.widget?.colour ?? DEFAULT_COLOUR,
      greeting: {
        id: office.widget?.greeting?.id ?? defaultGreeting(office.name).id,
        en: office.widget?.greeting?.en ?? defaultGreeting(office.name).en,
      },
      position: office.widget?.position ?? 'right',
    },
    languages: [...office.languages],
  };
}

/** Creates an office; a code in use already is a CONFLICT (caught by the unique index). */
export async function createOffice(ctx: OfficeServiceContext, input: CreateOfficeInput): Promise<OfficeAdmin> {
  const { widget, privacyNotice, ...settings } = input;
  try {
    const created = await ctx.store.offices.create({
      ...settings,
      ...(privacyNotice ? { privacyNotice: { revision: 1, ...privacyNotice, updatedAt: ctx.clock.now() } } : {}),
      widget: {
        colour: widget?.colour ?? DEFAULT_COLOUR,
        greeting: widget?.greeting ?? defaultGreeting(input.name),
        position: widget?.position ?? 'right',
      },
    });
    return toOfficeAdmin(created);
  } catch (error) {
    if (isDuplicateKey(error)) throw new AppError('CONFLICT', `Office ${input.code} exists already.`);
    throw error;
  }
}

export async function getOffice(ctx: OfficeServiceContext, code: string): Promise<OfficeAdmin> {
  const office = await ctx.store.offices.byCode(code);
  if (!office) throw new AppError('UNKNOWN_OFFICE');
  return toOfficeAdmin(office);
}

export async function listOffices(ctx: OfficeServiceContext): Promise<OfficeAdmin[]> {
  return (await ctx.store.offices.all()).map(toOfficeAdmin);
}

/**
 * Changes the settings the input names. `widget` and `contacts` merge with
 * what is stored; lists (hours, closures, origins, channels) are replaced.
 * Written as whole top-level fields, so the update needs no dotted paths.
 * What changed, field by field, goes to the office audit with who changed it.
 */
export async function updateOffice(
  ctx: OfficeServiceContext,
  code: string,
  input: UpdateOfficeInput,
  by: OfficeChangeAuthor,
): Promise<OfficeAdmin> {
  const current = await getOffice(ctx, code);
  const { widget, contacts, privacyNotice, ...settings } = input;
  const changes: Record<string, unknown> = { ...settings };
  if (widget) changes.widget = { ...current.widget, ...widget };
  if (contacts) changes.contacts = { ...current.contacts, ...contacts };
  if (privacyNotice && (privacyNotice.id !== current.privacyNotice.id || privacyNotice.en !== current.privacyNotice.en))
    changes.privacyNotice = await nextNotice(ctx, code, privacyNotice);
  if (Object.keys(changes).length === 0) return current;
  const office = await ctx.store.offices.update(code, changes);
  if (!office) throw new AppError('UNKNOWN_OFFICE');
  const updated = toOfficeAdmin(office);
  const diff = settingsDiff(current, updated);
  // Recorded after the write, so the audit never shows a change that did not happen.
  if (diff.length > 0) await ctx.store.officeChanges.record({ office: code, at: ctx.clock.now(), by, changes: diff });
  return updated;
}

/** A changed notice is a new version: visitors who consented to an earlier one are asked again. */
async function nextNotice(ctx: OfficeServiceContext, code: string, text: { id: string; en: string }) {
  const stored = await ctx.store.offices.byCode(code);
  return { revision: (stored?.privacyNotice?.revision ?? 0) + 1, ...text, updatedAt: ctx.clock.now() };
}

/** The office's audit, newest first. */
export async function officeAudit(ctx: OfficeServiceContext, code: string, limit = 50): Promise<OfficeAuditEntry[]> {
  await getOffice(ctx, code);
  return ctx.store.officeChanges.ofOffice(code, limit);
}
