import type { PrivateNote } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import { connectAgent, createOffice, createOfficer, startWorld, visitorAsks } from './support/world.ts';

describe('private notes', () => {
  it('are kept for the office officers and never reach the visitor', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    await createOffice(world, '5108');
    const officer = await createOfficer(world, '5102', { name: 'Putu' });
    const colleague = officerApi(world, (await createOfficer(world, '5102', { status: 'offline' })).cookie);
    const stranger = officerApi(world, (await createOfficer(world, '5108')).cookie);
    await connectAgent(world, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);
    const heard: unknown[] = [];
    socket.onAny((event, payload) => heard.push({ event, payload }));

    const path = `/api/conversations/${conversation.id}/notes`;
    const api = officerApi(world, officer.cookie);
    const note = await api<PrivateNote>('POST', path, { text: '  Pengunjung butuh data per kecamatan. ' });
    expect(note).toMatchObject({
      status: 201,
      body: {
        conversationId: conversation.id,
        officerId: officer.id,
        officerName: 'Putu',
        text: 'Pengunjung butuh data per kecamatan.',
      },
    });
    await colleague('POST', path, { text: 'Sudah ada di publikasi Kecamatan Dalam Angka.' });

    const listed = await colleague<PrivateNote[]>('GET', path);
    expect(listed.body.map((n) => n.text)).toEqual([
      'Pengunjung butuh data per kecamatan.',
      'Sudah ada di publikasi Kecamatan Dalam Angka.',
    ]);
    expect((await api('POST', path, { text: '   ' })).status).toBe(400);
    expect((await stranger('GET', path)).status).toBe(404);
    expect((await stranger('POST', path, { text: 'x' })).status).toBe(404);

    const transcript = await api<{ messages: { text: string }[] }>('GET', `/api/conversations/${conversation.id}`);
    expect(transcript.body.messages.map((m) => m.text).join(' ')).not.toContain('kecamatan');
    expect(JSON.stringify(heard)).not.toContain('kecamatan');
  });
});
