import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import { createOffice, createOfficer, startWorld } from './support/world.ts';

describe('office settings over REST: validation by the protocol schemas', () => {
  it('refuses bad settings with 400 naming the field, and stores nothing of them', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor' });
    const call = officerApi(world, supervisor.cookie);

    const bad: [unknown, string][] = [
      [{ serviceHours: [{ weekday: 8, start: '08:00', end: '16:00' }] }, 'serviceHours.0.weekday'],
      [{ serviceHours: [{ weekday: 1, start: '16:00', end: '08:00' }] }, 'start must be before end'],
      [{ serviceHours: [{ weekday: 1, start: '8am', end: '16:00' }] }, 'serviceHours.0.start'],
      [{ closures: [{ date: '24-12-2026', label: 'Cuti' }] }, 'closures.0.date'],
      [{ closures: [{ date: '2026-12-24', label: '' }] }, 'closures.0.label'],
      [{ allowedOrigins: ['https://tabanankab.bps.go.id/page'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['ftp://tabanankab.bps.go.id'] }, 'allowedOrigins.0'],
      [{ complaintChannels: [{ kind: 'fax', value: '1', label: 'Fax' }] }, 'complaintChannels.0.kind'],
      [{ routingMode: 'random' }, 'routingMode'],
      [{ maxChatsPerOfficer: 0 }, 'maxChatsPerOfficer'],
      [{ responseDeadlineDays: 31 }, 'responseDeadlineDays'],
      [{ inactivityCloseDays: 1.5 }, 'inactivityCloseDays'],
      [{ widget: { colour: 'blue' } }, 'widget.colour'],
      [{ widget: { greeting: { id: 'Halo' } } }, 'widget.greeting.en'],
      [{ code: '5108' }, 'code'],
      [{ $set: { routingMode: 'manual' } }, '$set'],
    ];
    for (const [body, named] of bad) {
      const res = await call<{ error: { code: string; message: string } }>('PATCH', '/api/admin/offices/5102', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('BAD_REQUEST');
      expect(res.body.error.message, JSON.stringify(body)).toContain(named);
    }
    const stored = await world.app.models.Office.findOne({ code: '5102' }).lean();
    expect(stored).toMatchObject({ routingMode: 'auto', maxChatsPerOfficer: 5, closures: [] });
    expect(await world.app.models.OfficeChange.countDocuments()).toBe(0);
  });

  it('answers the origin check with the rule of the visitor handshake', async () => {
    const world = await startWorld({ settings: { env: 'production', publicOrigins: ['https://livechat.bps.go.id'] } });
    await createOffice(world, '5102');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor' });
    const call = officerApi(world, supervisor.cookie);
    const check = async (url: string) =>
      (await call('GET', `/api/admin/offices/5102/origin-check?url=${encodeURIComponent(url)}`)).body;

    expect(await check('https://tabanankab.bps.go.id/publikasi?x=1#top')).toEqual({
      origin: 'https://tabanankab.bps.go.id',
      accepted: true,
      reason: 'listed',
    });
    expect(await check('https://TabananKab.bps.go.id:443/')).toMatchObject({ accepted: true, reason: 'listed' });
    expect(await check('http://tabanankab.bps.go.id/')).toEqual({
      origin: 'http://tabanankab.bps.go.id',
      accepted: false,
      reason: 'not_listed',
    });
    expect(await check('https://tabanankab.bps.go.id:8443/')).toMatchObject({ accepted: false });
    expect(await check('https://livechat.bps.go.id/demo')).toMatchObject({ accepted: true, reason: 'ours' });
    expect(await check('http://localhost:8080/')).toMatchObject({ accepted: false, reason: 'not_listed' });
    expect(await check('tabanankab.bps.go.id')).toEqual({ accepted: false, reason: 'invalid' });
    expect((await call('GET', '/api/admin/offices/5102/origin-check')).status).toBe(400);
  });
});
