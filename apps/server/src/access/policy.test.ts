import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../store/records.ts';
import {
  isSupervisor,
  managesOffice,
  mayAdministerOffices,
  mayChangeOfficeSettings,
  mayClose,
  mayConfigureOffice,
  mayCreateOfficer,
  mayListOfficers,
  maySee,
  mayTransfer,
  mayUpdateOfficer,
  mayWrite,
  ownConversation,
  readableOffices,
  servesOffice,
  visibleConversation,
} from './policy.ts';

const officer = { id: 'o1', role: 'officer' as const, offices: ['5102'] };
const colleague = { id: 'o2', role: 'officer' as const, offices: ['5102'] };
const supervisor = { id: 's1', role: 'supervisor' as const, offices: ['5102'] };
const elsewhere = { id: 's9', role: 'supervisor' as const, offices: ['5108'] };
const admin = { id: 'a1', role: 'admin' as const, offices: ['5100'] };

const conversation = (status: ConversationRecord['status'], officerId?: string) =>
  ({
    id: 'c1',
    office: '5102',
    visitor: 'v1',
    status,
    ...(officerId ? { officer: officerId } : {}),
  }) as ConversationRecord;

describe('access policy', () => {
  it('offices: officers serve their own, admins every office; supervisors and admins manage', () => {
    expect([officer, elsewhere, admin].map((actor) => servesOffice(actor, '5102'))).toEqual([true, false, true]);
    expect([officer, supervisor, elsewhere, admin].map((actor) => managesOffice(actor, '5102'))).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect([officer, supervisor, admin].map(isSupervisor)).toEqual([false, true, true]);
    expect(readableOffices(officer)).toEqual(['5102']);
    expect(readableOffices(admin)).toBeUndefined();
  });

  it('seeing a conversation: its office only; another office is NOT_FOUND, like one that does not exist', () => {
    expect(maySee(colleague, conversation('active', 'o1'))).toBe(true);
    expect(maySee(elsewhere, conversation('active', 'o1'))).toBe(false);
    expect(() => visibleConversation(elsewhere, conversation('queued'))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => visibleConversation(officer, undefined)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(visibleConversation(admin, conversation('queued')).id).toBe('c1');
  });

  it('writing: only the assigned officer, not a colleague, not a supervisor', () => {
    const active = conversation('active', 'o1');
    expect([officer, colleague, supervisor, admin].map((actor) => mayWrite(actor, active))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('transferring: the assigned officer or a supervisor of the office', () => {
    const active = conversation('active', 'o1');
    expect([officer, colleague, supervisor, elsewhere, admin].map((actor) => mayTransfer(actor, active))).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('closing: an active one like a transfer; a queued one only by a supervisor', () => {
    expect([officer, supervisor].map((actor) => mayClose(actor, conversation('active', 'o1')))).toEqual([true, true]);
    expect([officer, supervisor, elsewhere].map((actor) => mayClose(actor, conversation('queued')))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("a visitor's own conversation only; another's is NOT_FOUND", () => {
    expect(ownConversation('v1', conversation('queued')).id).toBe('c1');
    expect(() => ownConversation('v2', conversation('queued'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => ownConversation(undefined, conversation('queued'))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('offices: admins create them; supervisors configure their own, but not its name or time zone', () => {
    expect([officer, supervisor, admin].map(mayAdministerOffices)).toEqual([false, false, true]);
    expect([officer, supervisor, elsewhere, admin].map((actor) => mayConfigureOffice(actor, '5102'))).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(mayChangeOfficeSettings(supervisor, '5102', { routingMode: 'manual' })).toBe(true);
    expect(mayChangeOfficeSettings(supervisor, '5102', { name: 'x' })).toBe(false);
    expect(mayChangeOfficeSettings(supervisor, '5102', { timeZone: 'Asia/Jakarta' })).toBe(false);
    expect(mayChangeOfficeSettings(elsewhere, '5102', { routingMode: 'manual' })).toBe(false);
    expect(mayChangeOfficeSettings(admin, '5102', { name: 'x' })).toBe(true);
  });

  it('officers: supervisors list, create and change only non-admins of their own offices', () => {
    expect(mayListOfficers(supervisor, '5102')).toBe(true);
    expect(mayListOfficers(supervisor, undefined)).toBe(false);
    expect(mayListOfficers(elsewhere, '5102')).toBe(false);
    expect(mayListOfficers(officer, '5102')).toBe(false);
    expect(mayListOfficers(admin, undefined)).toBe(true);

    expect(mayCreateOfficer(supervisor, { role: 'officer', offices: ['5102'] })).toBe(true);
    expect(mayCreateOfficer(supervisor, { role: 'admin', offices: ['5102'] })).toBe(false);
    expect(mayCreateOfficer(supervisor, { role: 'officer', offices: ['5102', '5108'] })).toBe(false);
    expect(mayCreateOfficer(officer, { role: 'officer', offices: ['5102'] })).toBe(false);

    const plain = { role: 'officer' as const, offices: ['5102'] };
    expect(mayUpdateOfficer(supervisor, plain, { offices: ['5102'] })).toBe(true);
    expect(mayUpdateOfficer(supervisor, plain, { role: 'admin' })).toBe(false);
    expect(mayUpdateOfficer(supervisor, plain, { offices: ['5108'] })).toBe(false);
    expect(mayUpdateOfficer(supervisor, { role: 'admin', offices: ['5102'] }, {})).toBe(false);
    expect(mayUpdateOfficer(supervisor, { role: 'officer', offices: [] }, {})).toBe(false);
    expect(mayUpdateOfficer(admin, { role: 'admin', offices: [] }, { role: 'officer' })).toBe(true);
  });
});
