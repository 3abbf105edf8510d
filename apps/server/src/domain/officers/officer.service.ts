import type { createOfficerSchema, OfficeCode, OfficerSelf, updateOfficerSchema } from '@pst/protocol';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import { isDuplicateKey } from '../../store/duplicate-key.ts';
import type { OfficerRecord } from '../../store/records.ts';
import { destroyOfficerSessions, type SessionContext } from '../auth/sessions.ts';
import { hashPassword } from './password.ts';

/**
 * What the officer functions need. In the admin CLI nothing listens to the
 * events: disabling an officer there ends their sessions, and their open
 * agent tabs leave when they next reconnect.
 */
export type OfficerServiceContext = SessionContext;

export type CreateOfficerInput = z.output<typeof createOfficerSchema>;
export type UpdateOfficerInput = z.output<typeof updateOfficerSchema>;

/** An officer as admins and supervisors see them: OfficerSelf, plus whether they may sign in. */
export type OfficerAdminView = OfficerSelf & { disabled: boolean };

export function toOfficerSelf(officer: OfficerRecord): OfficerSelf {
  return {
    id: officer.id,
    name: officer.name,
    email: officer.email,
    role: officer.role,
    offices: [...officer.offices],
    status: officer.status,
  };
}

function toAdminView(officer: OfficerRecord): OfficerAdminView {
  return { ...toOfficerSelf(officer), disabled: officer.disabled };
}

async function assertOfficesExist(ctx: OfficerServiceContext, codes: string[]): Promise<void> {
  const unique = [...new Set(codes)];
  const found = await ctx.store.offices.existing(unique);
  const missing = unique.filter((code) => !found.includes(code));
  if (missing.length > 0) throw new AppError('UNKNOWN_OFFICE', `No such office: ${missing.join(', ')}.`);
}

/** Creates an officer; an e-mail already in use is a CONFLICT (caught by the unique index, not a read). */
export async function createOfficer(ctx: OfficerServiceContext, input: CreateOfficerInput): Promise<OfficerAdminView> {
  await assertOfficesExist(ctx, input.offices);
  try {
    const created = await ctx.store.officers.create({
      name: input.name,
      email: input.email,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      offices: [...new Set(input.offices)],
    });
    return toAdminView(created);
  } catch (error) {
    if (isDuplicateKey(error)) throw new AppError('CONFLICT', 'An officer with this e-mail exists already.');
    throw error;
  }
}

/** The stored officer with this id, or NOT_FOUND. */
export async function getOfficer(ctx: OfficerServiceContext, id: string): Promise<OfficerRecord> {
  const officer = await ctx.store.officers.byId(id);
  if (!officer) throw new AppError('NOT_FOUND', 'No such officer.');
  return officer;
}

/** The stored officer with this e-mail (any case), or NOT_FOUND. */
export async function getOfficerByEmail(ctx: OfficerServiceContext, email: string): Promise<OfficerRecord> {
  const officer = await ctx.store.officers.byEmail(email);
  if (!officer) throw new AppError('NOT_FOUND', 'No such officer.');
  return officer;
}

/**
 * Changes an officer. A new password or disabling ends all their sessions.
 * Either, and a change of role or offices, drops their connected agent tabs
 * at once on every node: a tab must not keep acting on what it was before
 * (a tab with a live session reconnects and picks up the new role and offices).
 */
export async function updateOfficer(
  ctx: OfficerServiceContext,
  id: string,
  input: UpdateOfficerInput,
): Promise<OfficerAdminView> {
  const changes: Partial<Omit<OfficerRecord, 'id'>> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.role !== undefined) changes.role = input.role;
  if (input.disabled !== undefined) changes.disabled = input.disabled;
  if (input.offices !== undefined) {
    await assertOfficesExist(ctx, input.offices);
    changes.offices = [...new Set(input.offices)];
  }
  if (input.password !== undefined) changes.passwordHash = await hashPassword(input.password);

  const officer =
    Object.keys(changes).length === 0
      ? await ctx.store.officers.byId(id)
      : await ctx.store.officers.update(id, changes);
  if (!officer) throw new AppError('NOT_FOUND', 'No such officer.');

  if (input.password !== undefined || input.disabled === true) await destroyOfficerSessions(ctx, officer.id);
  const staleTabs = Object.keys(changes).some((key) => key !== 'name');
  if (staleTabs) ctx.events.emit({ type: 'officer.access_changed', officerId: officer.id });
  return toAdminView(officer);
}

/** Officers of one office, or of all offices, by name. */
export async function listOfficers(ctx: OfficerServiceContext, officeCode?: OfficeCode): Promise<OfficerAdminView[]> {
  const officers = await ctx.store.officers.list(officeCode === undefined ? {} : { office: officeCode });
  return officers.map(toAdminView);
}
