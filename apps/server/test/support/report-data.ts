import { randomUUID } from 'node:crypto';
import type { Purpose } from '@pst/protocol';
import { createOffice, createOfficer, type World } from './world.ts';

/**
 * The fixed data set of the report tests: ten conversations of two offices (both WITA, open Monday to
 * Friday 08:00–16:00), each written out below with the times the figures are computed from by hand in
 * the tests. Times are office-local (WITA = UTC+8). Calendar: 2026-11-02 Mon, 03 Tue, 04 Wed, 05 Thu,
 * 06 Fri, 09 Mon, 10 Tue, 11 Wed, 12 Thu, 13 Fri, 16 Mon, 17 Tue, 18 Wed, 20 Fri, 23 Mon, 26 Thu;
 * 2026-12-01 Tue, 04 Fri. No national holiday falls on these dates.
 */

/** The instant a WITA clock shows "2026-11-02 09:00" (seconds allowed: "09:00:30"). */
export function wita(local: string): Date {
  const [date, time = '00:00'] = local.split(' ');
  return new Date(Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`));
}

/** When the report tests read: Tuesday 5 January 2027 10:00 WITA, after every conversation below. */
export const REPORT_TIME = wita('2027-01-05 10:00');

interface Spec {
  office: '5102' | '5108';
  start: string;
  kind: 'live' | 'offline' | 'email';
  purpose: Purpose;
  officer?: 'ayu' | 'budi' | 'citra';
  assigned?: string;
  firstReply?: string;
  lastOfficer?: string;
  /** The visitor left the live queue (it became an offline message). */
  gone?: string;
  closed?: { at: string; reason: 'resolved' | 'visitor_left' | 'inactive'; topic?: Purpose };
  rating?: { score: number; comment?: string; at: string };
  due: string;
}

/** c1…c10, as the tests name them. */
export const conversations: Record<string, Spec> = {
  // 5102, November 2026
  c1: {
    office: '5102',
    start: '2026-11-02 09:00',
    kind: 'live',
    purpose: 'data',
    officer: 'ayu',
    assigned: '2026-11-02 09:02',
    firstReply: '2026-11-02 09:05',
    closed: { at: '2026-11-02 09:35', reason: 'resolved', topic: 'data' },
    rating: { score: 5, comment: 'Sangat membantu', at: '2026-11-02 09:36' },
    due: '2026-11-05 16:00',
  },
  c2: {
    office: '5102',
    start: '2026-11-02 10:00',
    kind: 'live',
    purpose: 'metadata',
    officer: 'ayu',
    assigned: '2026-11-02 10:10',
    firstReply: '2026-11-02 10:20',
    closed: { at: '2026-11-03 09:00', reason: 'resolved', topic: 'metadata' },
    rating: { score: 4, at: '2026-11-03 09:01' },
    due: '2026-11-05 16:00',
  },
  c3: {
    office: '5102',
    start: '2026-11-06 17:00',
    kind: 'offline',
    purpose: 'klasifikasi',
    officer: 'budi',
    assigned: '2026-11-09 08:30',
    firstReply: '2026-11-09 08:40',
    closed: { at: '2026-11-13 09:00', reason: 'resolved', topic: 'klasifikasi' },
    rating: { score: 2, comment: '=Terlambat; lama', at: '2026-11-13 09:30' },
    due: '2026-11-12 16:00',
  },
  c4: {
    office: '5102',
    start: '2026-11-10 11:00',
    kind: 'live',
    purpose: 'data',
    officer: 'budi',
    assigned: '2026-11-10 11:01',
    firstReply: '2026-11-10 11:03',
    lastOfficer: '2026-11-10 11:10',
    closed: { at: '2026-11-18 11:05', reason: 'inactive' },
    due: '2026-11-13 16:00',
  },
  c5: {
    office: '5102',
    start: '2026-11-11 14:00',
    kind: 'live',
    purpose: 'lainnya',
    gone: '2026-11-11 14:05',
    due: '2026-11-16 16:00',
  },
  c6: {
    office: '5102',
    start: '2026-11-12 15:00',
    kind: 'live',
    purpose: 'data',
    closed: { at: '2026-11-12 15:02', reason: 'visitor_left' },
    due: '2026-11-17 16:00',
  },
  c7: {
    office: '5102',
    start: '2026-11-16 20:00',
    kind: 'email',
    purpose: 'data',
    officer: 'ayu',
    assigned: '2026-11-17 08:05',
    due: '2026-11-20 16:00',
  },
  c8: {
    office: '5102',
    start: '2026-11-23 09:00',
    kind: 'live',
    purpose: 'data',
    officer: 'budi',
    assigned: '2026-11-23 09:00:30',
    firstReply: '2026-11-23 09:10',
    closed: { at: '2026-11-23 10:00', reason: 'resolved', topic: 'lainnya' },
    rating: { score: 5, comment: 'Terima kasih "cepat"', at: '2026-11-23 10:05' },
    due: '2026-11-26 16:00',
  },
  // 5102, December 2026
  c9: {
    office: '5102',
    start: '2026-12-01 10:00',
    kind: 'live',
    purpose: 'metadata',
    officer: 'ayu',
    assigned: '2026-12-01 10:04',
    firstReply: '2026-12-01 10:30',
    closed: { at: '2026-12-01 11:00', reason: 'resolved', topic: 'metadata' },
    rating: { score: 3, comment: 'Cukup', at: '2026-12-01 11:10' },
    due: '2026-12-04 16:00',
  },
  // 5108, November 2026
  c10: {
    office: '5108',
    start: '2026-11-03 13:00',
    kind: 'live',
    purpose: 'data',
    officer: 'citra',
    assigned: '2026-11-03 13:03',
    firstReply: '2026-11-03 13:15',
    closed: { at: '2026-11-03 14:00', reason: 'resolved', topic: 'data' },
    rating: { score: 1, comment: 'Kurang jelas', at: '2026-11-03 14:05' },
    due: '2026-11-06 16:00',
  },
};

const openReason = { live: 'started', offline: 'offline_message', email: 'email_received' } as const;

/**
 * Stores the data set: offices 5102 and 5108, officers Ayu and Budi (5102) and Citra (5108), a supervisor of
 * each office, and the conversations as they would be after their lifecycle (audit included). The closed
 * ones are stored without metrics, as conversations closed before reports existed: the report measures them.
 */
export async function seedReportData(world: World) {
  await createOffice(world, '5102');
  await createOffice(world, '5108');
  const officers = {
    ayu: await createOfficer(world, '5102', { name: 'Ayu Lestari' }),
    budi: await createOfficer(world, '5102', { name: 'Budi Santoso' }),
    citra: await createOfficer(world, '5108', { name: 'Citra Dewi' }),
  };
  const ids: Record<string, string> = {};
  for (const [name, spec] of Object.entries(conversations)) {
    const visitor = await world.app.models.Visitor.create({
      office: spec.office,
      channel: spec.kind === 'email' ? 'email' : 'web',
      name: `Tamu ${name}`,
      email: `${name}@contoh.id`,
      phone: '08123456789',
      institution: 'Universitas Udayana',
      occupation: 'Mahasiswa',
      purpose: spec.purpose,
      tokenHash: randomUUID(),
      search: name,
    });
    const officer = spec.officer ? officers[spec.officer] : undefined;
    const created = wita(spec.start);
    const audit = [
      { at: created, by: { kind: 'visitor', id: visitor._id }, to: 'queued', reason: openReason[spec.kind] },
      ...(spec.gone
        ? [{ at: wita(spec.gone), by: { kind: 'system' }, from: 'queued', to: 'queued', reason: 'visitor_gone' }]
        : []),
      ...(spec.assigned
        ? [{ at: wita(spec.assigned), by: { kind: 'system' }, from: 'queued', to: 'active', reason: 'assigned' }]
        : []),
      ...(spec.closed
        ? [
            {
              at: wita(spec.closed.at),
              by: { kind: spec.closed.reason === 'visitor_left' ? 'visitor' : 'officer' },
              from: spec.assigned ? 'active' : 'queued',
              to: 'closed',
              reason: spec.closed.reason,
            },
          ]
        : []),
    ];
    const lastOfficer = spec.lastOfficer ?? spec.closed?.at ?? spec.firstReply;
    const doc = await world.app.models.Conversation.create({
      office: spec.office,
      visitor: visitor._id,
      channel: spec.kind === 'email' ? 'email' : 'web',
      visitorCard: { name: `Tamu ${name}`, institution: 'Universitas Udayana', purpose: spec.purpose },
      status: spec.closed ? 'closed' : spec.assigned ? 'active' : 'queued',
      offline: spec.kind !== 'live' || Boolean(spec.gone),
      question: `Pertanyaan ${name}`,
      createdAt: created,
      queuedAt: created,
      ...(officer ? { officer: officer.id, officerName: officer.name } : {}),
      ...(spec.assigned ? { assignedAt: wita(spec.assigned) } : {}),
      ...(spec.firstReply ? { firstOfficerReplyAt: wita(spec.firstReply) } : {}),
      ...(spec.firstReply && lastOfficer ? { lastOfficerMessageAt: wita(lastOfficer) } : {}),
      ...(spec.closed
        ? {
            closedAt: wita(spec.closed.at),
            closeReason: spec.closed.reason,
            ...(spec.closed.topic ? { topic: spec.closed.topic } : {}),
          }
        : {}),
      ...(spec.rating
        ? {
            rating: {
              score: spec.rating.score,
              ...(spec.rating.comment ? { comment: spec.rating.comment } : {}),
              at: wita(spec.rating.at),
            },
          }
        : {}),
      dueAt: wita(spec.due),
      localMonth: spec.start.slice(0, 7),
      audit,
    });
    ids[name] = String(doc._id);
  }
  const supervisor5102 = await createOfficer(world, '5102', { name: 'Kepala PST Tabanan', role: 'supervisor' });
  const supervisor5108 = await createOfficer(world, '5108', { name: 'Kepala PST Buleleng', role: 'supervisor' });
  const admin = await createOfficer(world, '5102', { name: 'Admin', role: 'admin' });
  return { officers, ids, supervisor5102, supervisor5108, admin };
}
