import { createHash } from 'node:crypto';
import { registeredVisitorSchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  guestBook,
  ok,
  request,
  startWorld,
} from './support/world.ts';

describe('visitor:register', () => {
  it('hands out the token once and stores only its hash', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const socket = await connectVisitor(world);

    const registered = registeredVisitorSchema
      .strict()
      .parse(await ok(socket, 'visitor:register', { guestBook: guestBook() }));
    const { token, visitor } = registered;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(visitor).toMatchObject({ name: 'Made Wirawan', email: 'made.wirawan@example.ac.id', purpose: 'data' });

    // The raw document, as the driver returns it: a hash, and the token nowhere.
    const stored = await world.app.models.Visitor.collection.findOne({});
    expect(stored).not.toBeNull();
    expect(Object.keys(stored ?? {})).not.toContain('token');
    expect(stored?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored?.tokenHash).not.toBe(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    // No later answer, to the visitor or to an officer, repeats it.
    const started = await ok(socket, 'conversation:start', {
      question: 'Data kemiskinan Tabanan?',
      clientMsgId: clientMsgId(),
    });
    const later = [
      started,
      await ok(socket, 'conversation:current', {}),
      await ok(socket, 'conversation:sync', { conversationId: started.conversation.id }),
      await ok(tab, 'conversation:sync', { conversationId: started.conversation.id }),
    ];
    for (const answer of later) expect(JSON.stringify(answer)).not.toContain(token);
    const documents = await world.app.models.Conversation.collection.find({}).toArray();
    expect(JSON.stringify(documents)).not.toContain(token);
  });

  it('lets a returning visitor resume with auth.token', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const first = await connectVisitor(world);
    const { token } = await ok(first, 'visitor:register', { guestBook: guestBook() });
    const { conversation } = await ok(first, 'conversation:start', {
      question: 'Berapa IPM Tabanan?',
      clientMsgId: clientMsgId(),
    });
    first.disconnect();

    const back = await connectVisitor(world, '5102', { token });
    expect(await ok(back, 'conversation:current', {})).toMatchObject({
      id: conversation.id,
      officeCode: '5102',
      status: 'queued',
      offline: true,
    });
    // Starting again returns the open conversation rather than a second one; the question joins it.
    const again = await ok(back, 'conversation:start', {
      question: 'Halo lagi',
      clientMsgId: clientMsgId(),
    });
    expect(again.conversation.id).toBe(conversation.id);
    expect(again.messages.at(-1)?.text).toBe('Halo lagi');
    expect(await world.app.models.Conversation.countDocuments()).toBe(1);

    for (const stranger of [
      await connectVisitor(world),
      await connectVisitor(world, '5102', { token: 'x'.repeat(43) }),
    ]) {
      expect(await request(stranger, 'conversation:current', {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_REGISTERED' },
      });
    }
  });

  it('refuses a bad guest book with BAD_REQUEST naming the field, and stores no visitor', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const socket = await connectVisitor(world);
    const cases = [
      { field: 'guestBook.consent', entry: { ...guestBook(), consent: false } },
      { field: 'guestBook.email', entry: { ...guestBook(), email: 'made-at-example' } },
      { field: 'guestBook.purpose', entry: { ...guestBook(), purpose: 'gosip' } },
      { field: 'guestBook.consentVersion', entry: { ...guestBook(), consentVersion: '' } },
      { field: 'guestBook.name', entry: { ...guestBook(), name: '   ' } },
    ];
    for (const { field, entry } of cases) {
      const ack = await request(socket, 'visitor:register', { guestBook: entry });
      expect(ack, field).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', message: expect.stringContaining(`${field}:`) },
      });
    }
    expect(await world.app.models.Visitor.countDocuments()).toBe(0);
    // The socket is still unregistered.
    expect(await request(socket, 'conversation:current', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_REGISTERED' },
    });
  });

  it('refuses conversation:start before the guest book with NOT_REGISTERED', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const socket = await connectVisitor(world);
    const ack = await request(socket, 'conversation:start', { question: 'Data inflasi?', clientMsgId: clientMsgId() });
    expect(ack).toMatchObject({ ok: false, error: { code: 'NOT_REGISTERED' } });
    expect(await world.app.models.Conversation.countDocuments()).toBe(0);
    expect(await world.app.models.Message.countDocuments()).toBe(0);
  });
});
