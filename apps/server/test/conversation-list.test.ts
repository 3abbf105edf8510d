import type { ConversationPage } from '@pst/protocol';
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import {
  type AgentClient,
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  guestBook,
  ok,
  startWorld,
  type World,
} from './support/world.ts';

/** A visitor with this name asks; the auto-routed officer answers and closes. */
async function closedConsultation(world: World, tab: AgentClient, name: string, question: string) {
  const visitor = await connectVisitor(world);
  await ok(visitor, 'visitor:register', { guestBook: guestBook(name) });
  const { conversation } = await ok(visitor, 'conversation:start', {
    question,
    clientMsgId: clientMsgId(),
  });
  await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
  visitor.disconnect();
  return conversation.id;
}

describe('closed conversations list', () => {
  it('pages newest first and finds by visitor name, e-mail or message text, only in the own office', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto', maxChatsPerOfficer: 50 });
    await createOffice(world, '5108');
    const officer = await createOfficer(world, '5102');
    const stranger = await createOfficer(world, '5108');
    const tab = await connectAgent(world, officer.cookie);
    const api = officerApi(world, officer.cookie);

    const sari = await closedConsultation(world, tab, 'Ni Luh Sari', 'Data inflasi (bulanan) Tabanan?');
    const kadek = await closedConsultation(world, tab, 'Kadek Dwi', 'Klasifikasi KBLI warung?');

    const first = await api<ConversationPage>('GET', '/api/conversations?status=closed');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 20, total: 2 });
    expect(first.body.items.map((c) => c.id)).toEqual([kadek, sari]);

    const search = async (q: string) =>
      (await api<ConversationPage>('GET', `/api/conversations?q=${encodeURIComponent(q)}`)).body.items.map((c) => c.id);
    expect(await search('LUH sa')).toEqual([sari]);
    expect(await search('kadek.dwi@example')).toEqual([kadek]);
    expect(await search('INFLASI (bulanan)')).toEqual([sari]);
    expect(await search('.*')).toEqual([]);

    const outsider = officerApi(world, stranger.cookie);
    expect((await outsider<ConversationPage>('GET', '/api/conversations?q=sari')).body.items).toEqual([]);
    expect((await outsider('GET', '/api/conversations?office=5102')).status).toBe(404);
    expect((await api('GET', '/api/conversations?page=0')).status).toBe(400);
    expect((await api('GET', '/api/conversations?q=a&q=b')).status).toBe(400);
  });

  it('splits many closed conversations into pages of 20', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const officer = await createOfficer(world, '5102');
    const api = officerApi(world, officer.cookie);
    // Stored directly: 23 full consultations would only slow the test down.
    const base = world.clock.now().getTime();
    await world.app.models.Conversation.insertMany(
      Array.from({ length: 23 }, (_, i) => ({
        office: '5102',
        visitor: new Types.ObjectId(),
        visitorCard: { name: `Pengunjung ${i}`, institution: 'Unud', purpose: 'data' },
        status: 'closed',
        question: `Pertanyaan ${i}`,
        createdAt: new Date(base - 3_600_000),
        closedAt: new Date(base + i * 1000),
        dueAt: new Date(base + 86_400_000),
        localMonth: '2026-11',
      })),
    );
    const page2 = await api<ConversationPage>('GET', '/api/conversations?status=closed&page=2');
    expect(page2.body).toMatchObject({ page: 2, total: 23 });
    expect(page2.body.items.map((c) => c.question)).toEqual(['Pertanyaan 2', 'Pertanyaan 1', 'Pertanyaan 0']);
  });
});
