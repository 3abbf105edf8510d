import type { Role } from '@pst/protocol';
import type { AuthenticatedOfficer } from '../domain/auth/authenticated-officer.ts';
import { AppError } from '../errors.ts';
import type { ConversationRecord, Id } from '../store/records.ts';

/**
 * Who may see or do what: every rule about offices, roles and conversations,
 * in one place. Pure functions of the actor and the thing; every route,
 * socket handler and job asks here. Rules that hide (another office's data)
 * answer NOT_FOUND, so an officer learns nothing about other offices; rules
 * that refuse (a plain officer doing a supervisor's job) answer FORBIDDEN.
 */

type Actor = Pick<AuthenticatedOfficer, 'id' | 'role' | 'offices'>;

export const isAdmin = (actor: Actor) => actor.role === 'admin';

/** Supervisors and admins: may transfer or close others' chats, manage canned responses and officers. */
export const isSupervisor = (actor: Actor) => actor.role === 'supervisor' || actor.role === 'admin';

/** Whether the officer works for the office: admins work for every office. */
export function servesOffice(actor: Actor, officeCode: string): boolean {
  return isAdmin(actor) || actor.offices.includes(officeCode);
}

/** The office's supervisors, and admins: canned responses, the office's officers. */
export function managesOffice(actor: Actor, officeCode: string): boolean {
  return isAdmin(actor) || (actor.role === 'supervisor' && actor.offices.includes(officeCode));
}

/** The office codes whose conversations the officer may read, or undefined for every office (admins). */
export function readableOffices(actor: Actor): string[] | undefined {
  return isAdmin(actor) ? undefined : actor.offices;
}

/** Reading a conversation: officers of its office. */
export function maySee(actor: Actor, conversation: ConversationRecord): boolean {
  return servesOffice(actor, conversation.office);
}

/** Writing, marking read and typing in a conversation: only the officer it is assigned to. */
export function mayWrite(actor: Actor, conversation: ConversationRecord): boolean {
  return conversation.officer === actor.id;
}

/** Transferring an active conversation: its officer, or a supervisor of the office. */
export function mayTransfer(actor: Actor, conversation: ConversationRecord): boolean {
  return mayWrite(actor, conversation) || (isSupervisor(actor) && maySee(actor, conversation));
}

/** Pausing or restarting the deadline clock: an active conversation, by its officer or a supervisor. */
export function mayChangeDeadline(actor: Actor, conversation: ConversationRecord): boolean {
  return conversation.status === 'active' && mayTransfer(actor, conversation);
}

/** Closing: an active one by its officer or a supervisor; a queued one (nobody's yet) by a supervisor. */
export function mayClose(actor: Actor, conversation: ConversationRecord): boolean {
  if (conversation.status === 'active') return mayTransfer(actor, conversation);
  return isSupervisor(actor) && maySee(actor, conversation);
}

/** The topic of a closed chat: the officer who held it, or a supervisor of its office. */
export function maySetTopic(actor: Actor, conversation: ConversationRecord): boolean {
  return conversation.officer === actor.id || (isSupervisor(actor) && maySee(actor, conversation));
}

/** Completing the guest book of a visitor who wrote by e-mail: whoever may transfer the conversation. */
export const mayCompleteGuestBook = mayTransfer;

/** A visitor acts only on their own conversations. */
export function visitorOwns(visitorId: Id | undefined, conversation: ConversationRecord): boolean {
  return visitorId !== undefined && conversation.visitor === visitorId;
}

/** Evaluation reports: an office's supervisors, and admins for any office or `all` offices together. */
export function mayReadReport(actor: Actor, office: string): boolean {
  if (office === 'all') return isAdmin(actor);
  return managesOffice(actor, office);
}

/** Creating offices: admins only. */
export const mayAdministerOffices = isAdmin;

/** An office's settings screen (read, change, its audit): the office's supervisors, and admins for every office. */
export const mayConfigureOffice = managesOffice;

/** Settings that say which office it is and whose clock it keeps: only admins change them. */
const adminOnlySettings = ['name', 'timeZone'] as const;

/** Changing these settings of the office: a supervisor of it, except its name and time zone; admins anything. */
export function mayChangeOfficeSettings(actor: Actor, officeCode: string, input: object): boolean {
  if (isAdmin(actor)) return true;
  return managesOffice(actor, officeCode) && adminOnlySettings.every((field) => !(field in input));
}

/** Listing officers: admins any office or all; supervisors one office they serve, named. */
export function mayListOfficers(actor: Actor, office: string | undefined): boolean {
  if (isAdmin(actor)) return true;
  return actor.role === 'supervisor' && office !== undefined && managesOffice(actor, office);
}

/** Creating an officer: admins; supervisors only non-admins whose offices are all their own. */
export function mayCreateOfficer(actor: Actor, input: { role: Role; offices: string[] }): boolean {
  if (isAdmin(actor)) return true;
  return (
    actor.role === 'supervisor' && input.role !== 'admin' && input.offices.every((code) => managesOffice(actor, code))
  );
}

/**
 * Changing an officer: admins anyone; supervisors only a non-admin of their
 * own offices, never making an admin or moving them to an office not theirs.
 */
export function mayUpdateOfficer(
  actor: Actor,
  target: { role: Role; offices: string[] },
  input: { role?: Role | undefined; offices?: string[] | undefined },
): boolean {
  if (isAdmin(actor)) return true;
  return (
    actor.role === 'supervisor' &&
    target.role !== 'admin' &&
    target.offices.length > 0 &&
    input.role !== 'admin' &&
    target.offices.every((code) => managesOffice(actor, code)) &&
    (input.offices ?? []).every((code) => managesOffice(actor, code))
  );
}

/** The conversation if the officer may see it; NOT_FOUND otherwise (also when it does not exist). */
export function visibleConversation(actor: Actor, conversation: ConversationRecord | undefined): ConversationRecord {
  if (!conversation || !maySee(actor, conversation)) throw new AppError('NOT_FOUND');
  return conversation;
}

/** The visitor's own conversation; another's is NOT_FOUND, never FORBIDDEN. */
export function ownConversation(visitorId: Id | undefined, conversation: ConversationRecord | undefined) {
  if (!conversation || !visitorOwns(visitorId, conversation)) throw new AppError('NOT_FOUND');
  return conversation;
}

/** Throws FORBIDDEN unless the rule allows. */
export function assertAllowed(allowed: boolean): void {
  if (!allowed) throw new AppError('FORBIDDEN');
}
