import { type OfficeStatus, officeAuditEntrySchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import { CLOSED_TIME, connectVisitor, createOffice, createOfficer, nextEvent, startWorld } from './support/world.ts';

describe('office settings over REST: the audit', () => {
  it('records who changed what and when, field by field, newest first', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor', name: 'Ni Luh Sari' });
    const call = officerApi(world, supervisor.cookie);

    await call('PATCH', '/api/admin/offices/5102', {
      closures: [{ date: '2026-12-24', label: 'Cuti bersama Natal' }],
      allowedOrigins: ['https://tabanankab.bps.go.id', 'https://ppid.tabanankab.go.id'],
    });
    const later = new Date('2026-11-23T03:00:00Z');
    world.clock.set(later);
    await call('PATCH', '/api/admin/offices/5102', { widget: { colour: '#123456' }, responseDeadlineDays: 2 });
    // Saving what is already there changes nothing, and is not recorded.
    await call('PATCH', '/api/admin/offices/5102', { responseDeadlineDays: 2 });

    const audit = await call('GET', '/api/admin/offices/5102/audit');
    expect(audit.status).toBe(200);
    const entries = officeAuditEntrySchema.array().parse(audit.body);
    expect(entries).toHaveLength(2);
    const by = { kind: 'officer', id: supervisor.id, name: 'Ni Luh Sari' };
    expect(entries[0]).toMatchObject({
      officeCode: '5102',
      by,
      changes: [
        { field: 'responseDeadlineDays', before: 3, after: 2 },
        { field: 'widget.colour', before: '#0b4f8a', after: '#123456' },
      ],
    });
    // The server's clock, which runs on from where it was set.
    expect(Date.parse(entries[0]?.at ?? '') - later.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(entries[0]?.at ?? '') - later.getTime()).toBeLessThan(10_000);
    expect(Date.parse(entries[1]?.at ?? '')).toBeLessThan(later.getTime());
    expect(entries[1]).toMatchObject({
      by,
      changes: [
        { field: 'closures', added: [{ date: '2026-12-24', label: 'Cuti bersama Natal' }], removed: [] },
        { field: 'allowedOrigins', added: ['https://ppid.tabanankab.go.id'], removed: [] },
      ],
    });
  });

  it('applies new service hours at once: a watching widget hears the new status without a restart', async () => {
    const world = await startWorld({ at: CLOSED_TIME }); // Monday 20:00 WITA: closed until Tuesday 08:00
    await createOffice(world, '5102');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor' });
    const widget = await connectVisitor(world, '5102');
    const info = await (await fetch(`${world.url}/api/widget/5102`)).json();
    expect(info).toMatchObject({ open: false, nextOpenAt: '2026-11-24T00:00:00.000Z' });

    // Tuesday becomes a closure, and Monday evening gets a slot.
    const heard = nextEvent<OfficeStatus>(widget, 'office:status', (status) => status.open);
    const res = await officerApi(world, supervisor.cookie)('PATCH', '/api/admin/offices/5102', {
      serviceHours: [1, 2, 3, 4, 5].flatMap((weekday) => [
        { weekday, start: '08:00', end: '16:00' },
        { weekday, start: '19:00', end: '21:00' },
      ]),
      closures: [{ date: '2026-11-24', label: 'Rapat kerja' }],
    });
    expect(res.status).toBe(200);
    expect(await heard).toMatchObject({ officeCode: '5102', open: true, available: false });

    // Later that evening, closed again: the next opening skips the closure to Wednesday 08:00 WITA.
    world.clock.set(new Date('2026-11-23T13:30:00Z'));
    expect(await (await fetch(`${world.url}/api/widget/5102`)).json()).toMatchObject({
      open: false,
      nextOpenAt: '2026-11-25T00:00:00.000Z',
    });
  });
});
