import type { OfficeAdmin } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { settingsDiff } from './settings-diff.ts';

const office: OfficeAdmin = {
  code: '5102',
  name: 'BPS Kabupaten Tabanan',
  timeZone: 'Asia/Makassar',
  serviceHours: [{ weekday: 1, start: '08:00', end: '16:00' }],
  closures: [],
  allowedOrigins: ['https://tabanankab.bps.go.id'],
  complaintChannels: [],
  contacts: { phone: '0361 1' },
  routingMode: 'auto',
  maxChatsPerOfficer: 5,
  inactivityCloseDays: 7,
  responseDeadlineDays: 3,
  retentionDays: 730,
  ikmSurvey: false,
  privacyNotice: { version: '2026-11', id: 'Pemberitahuan', en: 'Notice' },
  fileKinds: ['pdf'],
  widget: { colour: '#0b4f8a', greeting: { id: 'Halo', en: 'Hello' }, position: 'right' },
  languages: ['id', 'en'],
};

describe('settingsDiff', () => {
  it('finds nothing between equal settings', () => {
    expect(settingsDiff(office, structuredClone(office))).toEqual([]);
  });

  it('names each changed value, list item and part of an object', () => {
    const after: OfficeAdmin = {
      ...office,
      routingMode: 'manual',
      serviceHours: [
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '16:00' },
      ],
      closures: [{ date: '2026-12-24', label: 'Cuti bersama' }],
      allowedOrigins: [],
      contacts: { phone: '0361 2', email: 'pst@bps.go.id' },
      widget: { ...office.widget, greeting: { id: 'Selamat datang', en: 'Hello' } },
    };
    expect(settingsDiff(office, after)).toEqual([
      { field: 'routingMode', before: 'auto', after: 'manual' },
      {
        field: 'serviceHours',
        added: after.serviceHours,
        removed: office.serviceHours,
      },
      { field: 'closures', added: [{ date: '2026-12-24', label: 'Cuti bersama' }], removed: [] },
      { field: 'allowedOrigins', added: [], removed: ['https://tabanankab.bps.go.id'] },
      { field: 'widget.greeting.id', before: 'Halo', after: 'Selamat datang' },
      { field: 'contacts.phone', before: '0361 1', after: '0361 2' },
      { field: 'contacts.email', after: 'pst@bps.go.id' },
    ]);
  });

  it('ignores a list whose items only moved', () => {
    const two = { ...office, allowedOrigins: ['https://a.go.id', 'https://b.go.id'] };
    expect(settingsDiff(two, { ...two, allowedOrigins: ['https://b.go.id', 'https://a.go.id'] })).toEqual([]);
  });
});
