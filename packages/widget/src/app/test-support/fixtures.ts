import { CONVERSATION_ID } from '@pst/client/testing';
import type { OfficePublic, VisitorConversation } from '@pst/protocol';

export { CONVERSATION_ID, message } from '@pst/client/testing';

export function conversation(changes: Partial<VisitorConversation> = {}): VisitorConversation {
  return {
    id: CONVERSATION_ID,
    officeCode: '5102',
    status: 'active',
    offline: false,
    officerName: 'Ayu Lestari',
    lastSeq: 0,
    dueAt: '2026-11-26T08:00:00.000Z',
    createdAt: '2026-11-23T02:00:00.000Z',
    ...changes,
  };
}

export function office(changes: Partial<OfficePublic> = {}): OfficePublic {
  return {
    code: '5102',
    name: 'BPS Kabupaten Tabanan',
    timeZone: 'Asia/Makassar',
    zoneName: 'WITA',
    greeting: { id: 'Halo! Ada yang bisa kami bantu?', en: 'Hello! How can we help?' },
    colour: '#0b4f8a',
    position: 'right',
    languages: ['id', 'en'],
    complaintChannels: [],
    ikmSurvey: false,
    privacyNoticeVersion: '2026-11',
    responseDeadlineDays: 3,
    open: true,
    available: true,
    ...changes,
  };
}
