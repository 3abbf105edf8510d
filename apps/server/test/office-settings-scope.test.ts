import { officeAdminSchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import { createOffice, createOfficer, startWorld } from './support/world.ts';

describe('office settings over REST: who may read and change them', () => {
  it('lets a supervisor read and change their own office, and refuses another office', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    await createOffice(world, '5108');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor' });
    const call = officerApi(world, supervisor.cookie);

    const listed = await call('GET', '/api/admin/offices');
    expect(
      officeAdminSchema
        .array()
        .parse(listed.body)
        .map((office) => office.code),
    ).toEqual(['5102']);
    expect((await call('GET', '/api/admin/offices/5102')).status).toBe(200);
    const changed = await call('PATCH', '/api/admin/offices/5102', { maxChatsPerOfficer: 3, routingMode: 'manual' });
    expect(changed).toMatchObject({ status: 200, body: { maxChatsPerOfficer: 3, routingMode: 'manual' } });

    const refused = [
      await call('GET', '/api/admin/offices/5108'),
      await call('PATCH', '/api/admin/offices/5108', { maxChatsPerOfficer: 3 }),
      await call('GET', '/api/admin/offices/5108/audit'),
      await call('GET', '/api/admin/offices/5108/origin-check?url=https://x.go.id/'),
      // Which office it is and whose clock it keeps: admins only, even for their own office.
      await call('PATCH', '/api/admin/offices/5102', { name: 'Renamed' }),
      await call('PATCH', '/api/admin/offices/5102', { timeZone: 'Asia/Jakarta' }),
      await call('POST', '/api/admin/offices', { code: '5103', name: 'BPS Badung', timeZone: 'Asia/Makassar' }),
    ];
    for (const res of refused) expect(res).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    const other = await world.app.models.Office.findOne({ code: '5108' }).lean();
    expect(other?.maxChatsPerOfficer).toBe(5);
    expect((await world.app.models.Office.findOne({ code: '5102' }).lean())?.name).toBe('BPS 5102');
  });

  it('refuses a plain officer of the office', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const officer = await createOfficer(world, '5102');
    const call = officerApi(world, officer.cookie);
    for (const res of [
      await call('GET', '/api/admin/offices'),
      await call('GET', '/api/admin/offices/5102'),
      await call('PATCH', '/api/admin/offices/5102', { maxChatsPerOfficer: 3 }),
      await call('GET', '/api/admin/offices/5102/audit'),
    ]) {
      expect(res.status).toBe(403);
    }
  });

  it('lets an admin see and change every office, name included', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    await createOffice(world, '5108');
    const admin = await createOfficer(world, '5102', { role: 'admin' });
    const call = officerApi(world, admin.cookie);
    const listed = officeAdminSchema.array().parse((await call('GET', '/api/admin/offices')).body);
    expect(listed.map((office) => office.code)).toEqual(['5102', '5108']);
    expect((await call('PATCH', '/api/admin/offices/5108', { name: 'BPS Kabupaten Buleleng' })).status).toBe(200);
  });
});
