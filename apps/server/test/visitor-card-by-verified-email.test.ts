import { describe, expect, it } from 'vitest';
import { toDetail } from '../src/domain/conversations/conversation.detail.ts';
import { createOffice, startWorld, visitorAsks } from './support/world.ts';

/** The same guest book (same name, so the same e-mail) registered on two devices, each with a chat. */
async function sameVisitorOnTwoDevices() {
  const world = await startWorld();
  await createOffice(world);
  const first = await visitorAsks(world, 'Pertanyaan dari laptop');
  const second = await visitorAsks(world, 'Pertanyaan dari ponsel');
  const { store } = world.app.context;
  const record = async (id: string) => {
    const found = await store.conversations.byId(id);
    if (!found) throw new Error('no conversation');
    return found;
  };
  const laptop = await record(first.conversation.id);
  const phone = await record(second.conversation.id);
  expect(laptop.visitor).not.toBe(phone.visitor);
  const earlierOfPhone = async () =>
    (await toDetail(world.app.context, await record(phone.id))).earlier.map((c) => c.id);
  return { world, laptop, phone, earlierOfPhone };
}

describe('the visitor card’s earlier consultations', () => {
  it('follow the device only, while the e-mail is merely typed (anyone may type anyone’s address)', async () => {
    const { world, laptop, earlierOfPhone } = await sameVisitorOnTwoDevices();
    expect(await earlierOfPhone()).toEqual([]);
    // One side verified is not enough: both guest books must have proved the address theirs.
    await world.app.context.store.visitors.markEmailVerified(laptop.visitor, world.clock.now());
    expect(await earlierOfPhone()).toEqual([]);
  });

  it('follow the person once both guest books proved the e-mail theirs', async () => {
    const { world, laptop, phone, earlierOfPhone } = await sameVisitorOnTwoDevices();
    const { visitors } = world.app.context.store;
    await visitors.markEmailVerified(laptop.visitor, world.clock.now());
    await visitors.markEmailVerified(phone.visitor, world.clock.now());
    expect(await earlierOfPhone()).toEqual([laptop.id]);
  });
});
