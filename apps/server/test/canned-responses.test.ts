import type { CannedResponse } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import { createOffice, createOfficer, startWorld } from './support/world.ts';

const path = '/api/offices/5102/canned-responses';

describe('canned responses', () => {
  it('are written by the office supervisor, read by its officers, hidden from other offices', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    await createOffice(world, '5108');
    const supervisor = officerApi(world, (await createOfficer(world, '5102', { role: 'supervisor' })).cookie);
    const officer = officerApi(world, (await createOfficer(world, '5102')).cookie);
    const elsewhere = officerApi(world, (await createOfficer(world, '5108', { role: 'supervisor' })).cookie);

    const salam = await supervisor<CannedResponse>('POST', path, {
      shortcut: ' Salam ',
      text: 'Selamat pagi, ada yang bisa kami bantu?',
    });
    expect(salam).toMatchObject({ status: 201, body: { officeCode: '5102', shortcut: 'salam' } });
    const sensus = await supervisor<CannedResponse>('POST', path, {
      shortcut: 'sensus',
      text: 'Lihat sensus.bps.go.id',
    });
    expect((await supervisor('POST', path, { shortcut: 'salam', text: 'Lagi' })).status).toBe(409);
    expect((await supervisor('POST', path, { shortcut: 'bad shortcut!', text: 'x' })).status).toBe(400);

    const listed = await officer<CannedResponse[]>('GET', path);
    expect(listed.body.map((c) => c.shortcut)).toEqual(['salam', 'sensus']);
    expect((await officer('POST', path, { shortcut: 'x', text: 'x' })).status).toBe(403);
    expect((await officer('DELETE', `${path}/${salam.body.id}`)).status).toBe(403);

    expect((await supervisor('PATCH', `${path}/${sensus.body.id}`, { shortcut: 'salam' })).status).toBe(409);
    const changed = await supervisor<CannedResponse>('PATCH', `${path}/${sensus.body.id}`, {
      text: 'sensus.bps.go.id',
    });
    expect(changed.body).toMatchObject({ shortcut: 'sensus', text: 'sensus.bps.go.id' });
    expect((await supervisor('DELETE', `${path}/${salam.body.id}`)).status).toBe(204);
    expect((await supervisor<CannedResponse[]>('GET', path)).body.map((c) => c.shortcut)).toEqual(['sensus']);

    for (const res of [
      await elsewhere('GET', path),
      await elsewhere('POST', path, { shortcut: 'salam', text: 'x' }),
      await elsewhere('PATCH', `${path}/${sensus.body.id}`, { text: 'x' }),
      await elsewhere('DELETE', `${path}/${sensus.body.id}`),
      await supervisor('PATCH', `/api/offices/5108/canned-responses/${sensus.body.id}`, { text: 'x' }),
    ]) {
      expect(res).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    }
  });
});
