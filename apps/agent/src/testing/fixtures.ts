import type {
  ConversationDetail,
  ConversationSummary,
  Inbox,
  Message,
  OfficeDesk,
  OfficerPresence,
  OfficerSelf,
  Reminder,
} from '@pst/protocol';

/** Test data: complete protocol objects with readable overrides. */
export const ids = {
  me: 'a00000000000000000000001',
  colleague: 'a00000000000000000000002',
  chat1: 'c00000000000000000000001',
  chat2: 'c00000000000000000000002',
  chat3: 'c00000000000000000000003',
  visitor: 'b00000000000000000000001',
};

export const me: OfficerSelf = {
  id: ids.me,
  name: 'Putu Ayu',
  email: 'putu@bps.go.id',
  role: 'officer',
  offices: ['5102'],
  status: 'online',
};

export function summary(overrides: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id: ids.chat1,
    officeCode: '5102',
    status: 'active',
    offline: false,
    channel: 'web',
    visitor: { id: ids.visitor, name: 'Made Wirawan', institution: 'Universitas Udayana', purpose: 'data' },
    question: 'Berapa jumlah penduduk Tabanan 2025?',
    officerId: ids.me,
    officerName: 'Putu Ayu',
    lastSeq: 2,
    officerReadSeq: 0,
    createdAt: '2026-11-23T02:00:00.000Z',
    dueAt: '2026-11-26T02:00:00.000Z',
    ...overrides,
  };
}

export function queued(overrides: Partial<ConversationSummary> = {}): ConversationSummary {
  const {
    officerId: _id,
    officerName: _name,
    ...rest
  } = summary({
    status: 'queued',
    lastSeq: 1,
    queuePosition: 1,
    queuedAt: '2026-11-23T02:00:00.000Z',
    ...overrides,
  });
  return rest;
}

export function detail(overrides: Partial<ConversationDetail> = {}): ConversationDetail {
  return {
    ...summary(),
    visitor: {
      id: ids.visitor,
      name: 'Made Wirawan',
      email: 'made@example.ac.id',
      phone: '+62 812 3456 7890',
      institution: 'Universitas Udayana',
      occupation: 'Mahasiswa',
      purpose: 'data',
    },
    pageUrl: 'https://tabanankab.bps.go.id/statistik',
    audit: [],
    earlier: [],
    ...overrides,
  };
}

export function message(seq: number, overrides: Partial<Message> = {}): Message {
  return {
    id: `d${String(seq).padStart(23, '0')}`,
    conversationId: ids.chat1,
    seq,
    clientMsgId: `client-${seq}-xyz`,
    author: 'visitor',
    text: `Pesan ${seq}`,
    at: new Date(Date.UTC(2026, 10, 23, 2, seq)).toISOString(),
    ...overrides,
  };
}

export function presence(overrides: Partial<OfficerPresence> = {}): OfficerPresence {
  return {
    id: ids.colleague,
    name: 'Kadek Sari',
    role: 'officer',
    status: 'online',
    connected: true,
    activeChats: 1,
    maxChats: 5,
    ...overrides,
  };
}

/** Tabanan: WITA, 3 working days, auto-close after 7 silent days. */
export const tabananDesk: OfficeDesk = {
  code: '5102',
  name: 'BPS Kabupaten Tabanan',
  timeZone: 'Asia/Makassar',
  zoneName: 'WITA',
  responseDeadlineDays: 3,
  inactivityCloseDays: 7,
};

export function reminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    id: 'e00000000000000000000001',
    kind: 'due_soon',
    conversationId: ids.chat1,
    officeCode: '5102',
    visitorName: 'Made Wirawan',
    dueAt: '2026-11-26T08:00:00.000Z',
    at: '2026-11-25T08:00:00.000Z',
    ...overrides,
  };
}

export function inbox(overrides: Partial<Inbox> = {}): Inbox {
  return {
    me,
    queue: [],
    mine: [],
    officers: [presence({ id: ids.me, name: me.name })],
    desks: [tabananDesk],
    reminders: [],
    serverTime: new Date().toISOString(),
    ...overrides,
  };
}
