import type { Ack } from '@pst/protocol';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  guestBook,
  HOST_ORIGIN,
  ok,
  request,
  requestAnything,
  startWorld,
  visitorAsks,
  type World,
} from './support/world.ts';

type Payload = Record<string, unknown>;
type Case = [label: string, payload: unknown];

const OPERATORS = [{ $ne: null }, { $regex: '.*' }, { $where: '1' }];

/** Every field replaced by an operator object, an array, null and a value of the wrong type; each dropped. */
function variants(base: Payload, optional: string[] = []): Case[] {
  const cases: Case[] = [];
  for (const [key, value] of Object.entries(base)) {
    const wrongType = typeof value === 'string' ? 42 : typeof value === 'number' ? '1' : 'yes';
    for (const bad of [...OPERATORS, [], [value], null, wrongType]) {
      cases.push([`${key}=${JSON.stringify(bad)}`, { ...base, [key]: bad }]);
    }
    if (!optional.includes(key)) {
      const { [key]: _, ...rest } = base;
      cases.push([`no ${key}`, rest]);
    }
  }
  for (const bad of [null, 'x', 42, [base], ...OPERATORS]) cases.push([`payload ${JSON.stringify(bad)}`, bad]);
  return cases;
}

/** For the events that take `{}` and nothing else. */
const emptyVariants = (): Case[] => [
  ['extra field', { extra: 1 }],
  ['operator key', { $where: '1' }],
  ...[null, 'x', 42, []].map((bad): Case => [`payload ${JSON.stringify(bad)}`, bad]),
];

const LONG = 'x'.repeat(4001);

/** Sends each case on sockets from `open`, a fresh one every `perSocket` cases. */
async function refusals(open: () => Promise<Socket>, perSocket: number, cases: [string, Case[]][]) {
  const wrong: [string, Ack<unknown>][] = [];
  let socket = await open();
  let sent = 0;
  for (const [event, list] of cases) {
    for (const [label, payload] of list) {
      if (sent++ === perSocket) {
        socket = await open();
        sent = 1;
      }
      const ack = await requestAnything(socket, event, payload);
      if (ack.ok || ack.error.code !== 'BAD_REQUEST') wrong.push([`${event} ${label}`, ack]);
    }
  }
  return { wrong, total: cases.reduce((sum, [, list]) => sum + list.length, 0) };
}

async function snapshot(world: World) {
  const { Conversation, Message, Visitor, Rating, Officer } = world.app.models;
  return {
    conversations: await Conversation.find().sort({ _id: 1 }).lean(),
    messages: await Message.countDocuments(),
    visitors: await Visitor.countDocuments(),
    ratings: await Rating.countDocuments(),
    statuses: (await Officer.find().sort({ _id: 1 }).lean()).map((officer) => officer.status),
  };
}

/**
 * Rate limits are per visitor and officer, not per socket, so the malformed-input runs, which are not about
 * flood control, get a burst that fits all their cases.
 */
const ROOMY = { socketRateLimit: { perSecond: 5, burst: 1_000 } };

/** An office with one officer online and a visitor's active chat with them. */
async function chatting(settings = {}) {
  const world = await startWorld({ settings });
  await createOffice(world, '5102');
  const officer = await createOfficer(world, '5102', { name: 'Putu' });
  const colleague = await createOfficer(world, '5102', { name: 'Kadek', status: 'offline' });
  await connectAgent(world, officer.cookie);
  const { token, conversation } = await visitorAsks(world);
  expect(conversation.status).toBe('active');
  return { world, officer, colleague, token, conversationId: conversation.id };
}

describe('bad input on the sockets', () => {
  it('answers every malformed /visitor request with BAD_REQUEST and stores nothing', async () => {
    const { world, token, conversationId } = await chatting(ROOMY);
    const before = await snapshot(world);
    const send = { conversationId, clientMsgId: clientMsgId(), text: 'Halo' };
    const { wrong, total } = await refusals(() => connectVisitor(world, '5102', { token }), 18, [
      [
        'visitor:register',
        [
          ...variants({ guestBook: guestBook() }),
          ...variants({ ...guestBook() }).map(([label, inner]): Case => [`guestBook.${label}`, { guestBook: inner }]),
        ],
      ],
      ['conversation:current', emptyVariants()],
      [
        'conversation:start',
        [
          ...variants({ question: 'Data?', clientMsgId: clientMsgId(), pageUrl: 'https://tabanankab.bps.go.id/' }, [
            'pageUrl',
          ]),
          ['question too long', { question: LONG, clientMsgId: clientMsgId() }],
        ],
      ],
      [
        'message:send',
        [
          ...variants(send),
          ['text too long', { ...send, text: LONG }],
          ['blank text', { ...send, text: ' \u0000 ' }],
          ['short clientMsgId', { ...send, clientMsgId: 'abc' }],
          ['upper-case id', { ...send, conversationId: conversationId.toUpperCase() }],
        ],
      ],
      ['conversation:sync', [...variants({ conversationId, afterSeq: 0 }, ['afterSeq'])]],
      ['read:mark', [...variants({ conversationId, seq: 1 }), ['negative seq', { conversationId, seq: -1 }]]],
      ['conversation:end', variants({ conversationId })],
      [
        'conversation:rate',
        [
          ...variants({ conversationId, score: 5, comment: 'Bagus' }, ['comment']),
          ['score 6', { conversationId, score: 6 }],
        ],
      ],
    ]);
    expect(total).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
    expect(await snapshot(world)).toEqual(before);
  });

  it('answers every malformed /agent request with BAD_REQUEST and stores nothing', async () => {
    const { world, officer, colleague, conversationId } = await chatting(ROOMY);
    const before = await snapshot(world);
    const send = { conversationId, clientMsgId: clientMsgId(), text: 'Halo' };
    const { wrong, total } = await refusals(() => connectAgent(world, officer.cookie), 25, [
      ['inbox:sync', emptyVariants()],
      ['presence:set', [...variants({ status: 'away' }), ['unknown status', { status: 'busy' }]]],
      ['conversation:accept', variants({ conversationId })],
      ['conversation:sync', variants({ conversationId, afterSeq: 0 }, ['afterSeq'])],
      ['message:send', [...variants(send), ['text too long', { ...send, text: LONG }]]],
      ['read:mark', variants({ conversationId, seq: 1 })],
      ['conversation:transfer', variants({ conversationId, officerId: colleague.id })],
      [
        'conversation:close',
        [
          ...variants({ conversationId, topic: 'data', summary: 'Dijawab' }, ['summary']),
          ['unknown topic', { conversationId, topic: 'gosip' }],
        ],
      ],
    ]);
    expect(total).toBeGreaterThan(150);
    expect(wrong).toEqual([]);
    expect(await snapshot(world)).toEqual(before);
  });

  it('answers an unknown event, a missing payload and extra arguments with BAD_REQUEST', async () => {
    const { world, officer, token } = await chatting();
    const visitor: Socket = await connectVisitor(world, '5102', { token });
    const agent: Socket = await connectAgent(world, officer.cookie);
    const refused = { ok: false, error: { code: 'BAD_REQUEST' } };
    for (const socket of [visitor, agent]) {
      const ack = await requestAnything(socket, 'conversation:delete', { conversationId: { $ne: null } });
      expect(ack).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', message: 'Unknown event "conversation:delete".' },
      });
      for (const event of ['conversation:sync', 'read:mark']) {
        expect(await socket.timeout(5_000).emitWithAck(event)).toMatchObject(refused);
        const valid = { conversationId: 'a'.repeat(24), seq: 0 };
        expect(await socket.timeout(5_000).emitWithAck(event, valid, 'extra')).toMatchObject(refused);
      }
    }
  });

  it('drops a socket that sends more than 64 KiB, and keeps serving the others', async () => {
    const { world, officer, token, conversationId } = await chatting();
    const before = await snapshot(world);
    const bystander = await connectVisitor(world, '5102', { token });
    const flooder: Socket = await connectVisitor(world, '5102', { token });
    const dropped = new Promise<string>((resolve) => flooder.once('disconnect', resolve));
    flooder.emit('message:send', { conversationId, clientMsgId: clientMsgId(), text: 'x'.repeat(100_000) });
    expect(await dropped).toMatch(/^transport (close|error)$/);

    expect(await ok(bystander, 'conversation:current', {})).toMatchObject({
      id: conversationId,
    });
    const agent = await connectAgent(world, officer.cookie);
    expect(await ok(agent, 'inbox:sync', {})).toMatchObject({
      mine: [{ id: conversationId }],
    });
    const fresh = await connectVisitor(world, '5102', { token });
    expect(await ok(fresh, 'conversation:current', {})).toMatchObject({ id: conversationId });
    expect(await snapshot(world)).toEqual(before);
  });

  it('refuses a long-polling POST over 64 KiB with 413, processing nothing of it, as the protocol README says', async () => {
    const { world } = await chatting();
    const before = await snapshot(world);
    const base = `${world.url}/socket.io/?EIO=4&transport=polling`;
    const open = await (await fetch(base, { headers: { origin: HOST_ORIGIN } })).text();
    const sid = (JSON.parse(open.slice(1)) as { sid: string }).sid;
    const post = (body: string) =>
      fetch(`${base}&sid=${sid}`, {
        method: 'POST',
        body,
        headers: { origin: HOST_ORIGIN, 'content-type': 'text/plain' },
      });
    const big = `42/visitor,["message:send",{"text":"${'x'.repeat(1_000_000)}"}]`;
    expect((await post(big)).status).toBe(413);
    // The session goes on: a ping still gets its answer.
    expect((await post('2')).status).toBe(200);
    expect(await snapshot(world)).toEqual(before);
  });

  it('rate-limits a flood of message:send and stores exactly the accepted messages', async () => {
    const { world, token, conversationId } = await chatting();
    const socket = await connectVisitor(world, '5102', { token });
    const ids = Array.from({ length: 60 }, () => clientMsgId());
    const acks = await Promise.all(
      ids.map((id, index) =>
        request(socket, 'message:send', { conversationId, clientMsgId: id, text: `Pesan ${index}` }),
      ),
    );
    const accepted = acks.filter((ack) => ack.ok).length;
    const limited = acks.filter((ack) => !ack.ok && ack.error.code === 'RATE_LIMITED').length;
    expect(accepted + limited).toBe(60);
    expect(accepted).toBeGreaterThanOrEqual(19); // the burst, less the visitor's conversation:start
    expect(limited).toBeGreaterThan(0);
    expect(await world.app.models.Message.countDocuments({ clientMsgId: { $in: ids } })).toBe(accepted);
  });
});
