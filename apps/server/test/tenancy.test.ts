import { errorCodes } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import {
  type AgentClient,
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  ok,
  request,
  startWorld,
  type VisitorClient,
  visitorAsks,
  type World,
} from './support/world.ts';

/** The very answer an id that does not exist gets: nothing tells that the conversation is there. */
const notFound = { ok: false, error: { code: 'NOT_FOUND', message: errorCodes.NOT_FOUND } };

/** Everything stored about conversations, messages and ratings, to compare before and after. */
async function stored(world: World) {
  const { Conversation, Message, Rating } = world.app.models;
  return {
    conversations: await Conversation.find().sort({ _id: 1 }).lean(),
    messages: await Message.find().sort({ _id: 1 }).lean(),
    ratings: await Rating.countDocuments(),
  };
}

/** Two manual-routing offices: 5108 has a queued chat and an active one (with its officer Wayan). */
async function twoOffices() {
  const world = await startWorld();
  await createOffice(world, '5102', { routingMode: 'manual' });
  await createOffice(world, '5108', { routingMode: 'manual' });
  const wayan = await createOfficer(world, '5108', { name: 'Wayan' });
  const wayanTab = await connectAgent(world, wayan.cookie);
  const queued = await visitorAsks(world, 'Inflasi Buleleng?', '5108');
  const active = await visitorAsks(world, 'PDRB Buleleng?', '5108');
  await ok(wayanTab, 'conversation:accept', { conversationId: active.conversation.id });
  return { world, wayan, queued: queued.conversation.id, active: active.conversation.id };
}

/** Every officer action on a conversation another office owns. */
async function trySomeoneElses(world: World, tab: AgentClient, cookie: string, conversationId: string, to: string) {
  const answers = {
    sync: await request(tab, 'conversation:sync', { conversationId }),
    accept: await request(tab, 'conversation:accept', { conversationId }),
    send: await request(tab, 'message:send', { conversationId, clientMsgId: clientMsgId(), text: 'Halo' }),
    transfer: await request(tab, 'conversation:transfer', { conversationId, officerId: to }),
    close: await request(tab, 'conversation:close', { conversationId, topic: 'data' }),
  };
  const res = await fetch(`${world.url}/api/conversations/${conversationId}`, { headers: { cookie } });
  return { answers, http: { status: res.status, body: await res.json() } };
}

describe('tenancy', () => {
  it.each([
    { who: 'an officer', role: 'officer' },
    { who: 'a supervisor', role: 'supervisor' },
  ] as const)('$who of 5102 cannot see or touch a 5108 conversation', async ({ role }) => {
    const { world, queued, active } = await twoOffices();
    const putu = await createOfficer(world, '5102', { name: 'Putu', role });
    const colleague = await createOfficer(world, '5102', { name: 'Kadek' });
    const tab = await connectAgent(world, putu.cookie);
    await connectAgent(world, colleague.cookie);
    const before = await stored(world);

    for (const conversationId of [queued, active]) {
      const { answers, http } = await trySomeoneElses(world, tab, putu.cookie, conversationId, colleague.id);
      expect(answers).toEqual({
        sync: notFound,
        accept: notFound,
        send: notFound,
        transfer: notFound,
        close: notFound,
      });
      expect(http).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    }
    expect(await stored(world)).toEqual(before);
    const inbox = await ok(tab, 'inbox:sync', {});
    expect(inbox).toMatchObject({ queue: [], mine: [] });
  });

  it("an officer who is not assigned cannot write into a colleague's active chat", async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const putu = await createOfficer(world, '5102', { name: 'Putu' });
    const kadek = await createOfficer(world, '5102', { name: 'Kadek' });
    const putuTab = await connectAgent(world, putu.cookie);
    const kadekTab = await connectAgent(world, kadek.cookie);
    const { conversation } = await visitorAsks(world);
    await ok(putuTab, 'conversation:accept', { conversationId: conversation.id });
    const before = await stored(world);

    const conversationId = conversation.id;
    const send = await request(kadekTab, 'message:send', {
      conversationId,
      clientMsgId: clientMsgId(),
      text: 'Saya bantu',
    });
    expect(send).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await request(kadekTab, 'read:mark', { conversationId, seq: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await stored(world)).toEqual(before);
  });

  it("a visitor cannot sync, write to, end or rate another visitor's conversation", async () => {
    const { world, active: otherOffice } = await twoOffices();
    await connectAgent(world, (await createOfficer(world, '5102')).cookie);
    const made = await visitorAsks(world, 'Data kemiskinan?');
    const nyoman = await visitorAsks(world, 'Data pariwisata?');
    const intruder: VisitorClient = nyoman.socket;

    const attempts = (conversationId: string) => [
      request(intruder, 'conversation:sync', { conversationId }),
      request(intruder, 'message:send', { conversationId, clientMsgId: clientMsgId(), text: 'Halo' }),
      request(intruder, 'read:mark', { conversationId, seq: 1 }),
      request(intruder, 'conversation:end', { conversationId }),
    ];
    let before = await stored(world);
    for (const ack of await Promise.all([...attempts(made.conversation.id), ...attempts(otherOffice)])) {
      expect(ack).toEqual(notFound);
    }
    expect(await stored(world)).toEqual(before);

    // Once Made's chat is closed, only Made may rate it.
    await ok(made.socket, 'conversation:end', { conversationId: made.conversation.id });
    before = await stored(world);
    const rate = await request(intruder, 'conversation:rate', { conversationId: made.conversation.id, score: 1 });
    expect(rate).toEqual(notFound);
    expect(await stored(world)).toEqual(before);
    const own = await ok(made.socket, 'conversation:rate', {
      conversationId: made.conversation.id,
      score: 5,
    });
    expect(own.rating?.score).toBe(5);
  });

  it("a visitor token of 5102 is not recognised at 5108's handshake", async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    await createOffice(world, '5108');
    const { token, conversation } = await visitorAsks(world);

    const elsewhere = await connectVisitor(world, '5108', { token });
    expect(await request(elsewhere, 'conversation:current', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_REGISTERED' },
    });
    const start = await request(elsewhere, 'conversation:start', { question: 'Halo?', clientMsgId: clientMsgId() });
    expect(start).toMatchObject({ ok: false, error: { code: 'NOT_REGISTERED' } });

    const home = await connectVisitor(world, '5102', { token });
    expect(await ok(home, 'conversation:current', {})).toMatchObject({
      id: conversation.id,
      officeCode: '5102',
    });
    expect(await world.app.models.Conversation.countDocuments({ office: '5108' })).toBe(0);
  });
});
