import type {
  createOfficerSchema,
  OfficeCode,
  OfficerSelf,
  PresenceStatus,
  Role,
  updateOfficerSchema,
} from '@pst/protocol';
import type { Types } from 'mongoose';
import type { z } from 'zod';
import { destroyOfficerSessions, type SessionContext } from '../auth/sessions.ts';
import { isDuplicateKey } from '../db/models.ts';
import { AppError } from '../http/errors.ts';
import type { Realtime } from '../realtime/io.ts';
import type { Officer } from './officer.model.ts';
import { hashPassword } from './password.ts';

/** An officer as stored (lean). Holds the password hash: never send it as is; see `toOfficerSelf`. */
export type OfficerRecord = Officer & { _id: Types.ObjectId };

/**
 * What the officer functions need. `realtime` is absent in the admin CLI,
 * which has no sockets: there, disabling an officer ends their sessions but
 * cannot drop their open agent tabs at once.
 */
export type OfficerServiceContext = SessionContext & { realtime?: Pick<Realtime, 'agent'> };

export type CreateOfficerInput = z.output<typeof createOfficerSchema>;
export type UpdateOfficerInput = z.output<typeof updateOfficerSchema>;

/** An officer as admins and supervisors see them: OfficerSelf, plus whether they may sign in. */
export type OfficerAdminView = OfficerSelf & { disabled: boolean };

export function toOfficerSelf(officer: OfficerRecord): OfficerSelf {
  return {
    id: officer._id.toHexString(),
    name: officer.name,
    email: officer.email,
    role: officer.role as Role,
    offices: [...officer.offices],
    status: officer.status as PresenceStatus,
  };
}

function toAdminView(officer: OfficerRecord): OfficerAdminView {
  return { ...toOfficerSelf(officer), disabled: officer.disabled };
}

async function assertOfficesExist(ctx: OfficerServiceContext, codes: string[]): Promise<void> {
  const unique = [...new Set(codes)];
  const found = await ctx.models.Office.find({ code: { $in: unique } }).distinct('code');
  const missing = unique.filter((code) => !found.includes(code));
  if (missing.length > 0) throw new AppError('UNKNOWN_OFFICE', `No such office: ${missing.join(', ')}.`);
}

/** Creates an officer; an e-mail already in use is a CONFLICT (caught by the unique index, not a read). */
export async function createOfficer(ctx: OfficerServiceContext, input: CreateOfficerInput): Promise<OfficerAdminView> {
  await assertOfficesExist(ctx, input.offices);
  try {
    const created = await ctx.models.Officer.create({
      name: input.name,
      email: input.email,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      offices: [...new Set(input.offices)],
    });
    return toAdminView(created.toObject());
  } catch (error) {
    if (isDuplicateKey(error)) throw new AppError('CONFLICT', 'An officer with this e-mail exists already.');
    throw error;
  }
}

/** The stored officer with this id, or NOT_FOUND. */
export async function getOfficer(ctx: OfficerServiceContext, id: string): Promise<OfficerRecord> {
  const officer = await ctx.models.Officer.findById(id).lean();
  if (!officer) throw new AppError('NOT_FOUND', 'No such officer.');
  return officer;
}

/** The stored officer with this e-mail (any case), or NOT_FOUND. */
export async function getOfficerByEmail(ctx: OfficerServiceContext, email: string): Promise<OfficerRecord> {
  const officer = await ctx.models.Officer.findOne({ email: email.trim().toLowerCase() }).lean();
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
  const changes: Partial<Officer> = {};
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
      ? await ctx.models.Officer.findById(id).lean()
      : await ctx.models.Officer.findByIdAndUpdate(id, { $set: changes }, { new: true }).lean();
  if (!officer) throw new AppError('NOT_FOUND', 'No such officer.');

  if (input.password !== undefined || input.disabled === true) await destroyOfficerSessions(ctx, officer._id);
  const staleTabs = Object.keys(changes).some((key) => key !== 'name');
  if (staleTabs) ctx.realtime?.agent.in(`officer:${officer._id.toHexString()}`).disconnectSockets(true);
  return toAdminView(officer);
}

/** Officers of one office, or of all offices, by name. */
export async function listOfficers(ctx: OfficerServiceContext, officeCode?: OfficeCode): Promise<OfficerAdminView[]> {
  const filter = officeCode === undefined ? {} : { offices: officeCode };
  const officers = await ctx.models.Officer.find(filter).sort({ name: 1 }).lean();
  return officers.map(toAdminView);
}
