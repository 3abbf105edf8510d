import { describe, expect, it } from 'vitest';
import { download, png, upload } from './support/files.ts';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  ok,
  request,
  startWorld,
  visitorAsks,
} from './support/world.ts';

/** Visitor A's image in office 5102, visitor B of the same office, and an officer of 5108. */
async function strangers() {
  const world = await startWorld();
  await createOffice(world, '5102', { routingMode: 'manual' });
  await createOffice(world, '5108', { routingMode: 'manual' });
  const officer = await createOfficer(world, '5102');
  const tab = await connectAgent(world, officer.cookie);
  const a = await visitorAsks(world);
  const b = await visitorAsks(world, 'Inflasi?');
  await ok(tab, 'conversation:accept', { conversationId: a.conversation.id });
  const other = await createOfficer(world, '5108', { role: 'supervisor' });
  const file = await upload(world, a.conversation.id, 'a.png', png(), { token: a.token });
  expect(file.status).toBe(201);
  return { world, officer, tab, a, b, other, fileId: file.body.id };
}

describe('who may read a file', () => {
  it('another visitor and another office’s officer get NOT_FOUND, as for a file that does not exist', async () => {
    const { world, a, b, other, officer, fileId } = await strangers();
    const missing = await download(world, '0123456789abcdef01234567', { token: a.token });
    expect(missing.status).toBe(404);
    const missingBody = await missing.json();

    for (const as of [{ token: b.token }, { cookie: other.cookie }]) {
      const res = await download(world, fileId, as);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual(missingBody);
    }
    // A token is only good with its own office.
    expect((await download(world, fileId, { token: a.token, office: '5108' })).status).toBe(401);
    expect((await fetch(`${world.url}/files/${fileId}`)).status).toBe(401);
    // The owner and any officer of the office may.
    expect((await download(world, fileId, { token: a.token })).status).toBe(200);
    const colleague = await createOfficer(world, '5102');
    expect((await download(world, fileId, { cookie: colleague.cookie })).status).toBe(200);
    expect((await download(world, fileId, { cookie: officer.cookie })).status).toBe(200);
  });

  it('nobody uploads into or attaches a file to a conversation not theirs', async () => {
    const { world, a, b, other, fileId } = await strangers();
    // Visitor B into A's conversation; another office's supervisor; an officer of the office who is not assigned.
    expect((await upload(world, a.conversation.id, 'x.png', png(), { token: b.token })).status).toBe(404);
    expect((await upload(world, a.conversation.id, 'x.png', png(), { cookie: other.cookie })).status).toBe(404);
    const colleague = await createOfficer(world, '5102');
    expect((await upload(world, a.conversation.id, 'x.png', png(), { cookie: colleague.cookie })).status).toBe(403);

    // B sends A's file id in a message of B's own conversation: refused, nothing stored, nothing leaks.
    const answer = await request(b.socket, 'message:send', {
      conversationId: b.conversation.id,
      clientMsgId: clientMsgId(),
      files: [fileId],
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await world.app.models.Message.countDocuments({ 'files.id': fileId })).toBe(0);
  });

  it('an upload from another website is refused before a byte is stored', async () => {
    const { world, officer, a } = await strangers();
    const res = await fetch(`${world.url}/api/files?conversationId=${a.conversation.id}&name=a.png`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', cookie: officer.cookie, origin: 'https://evil.example' },
      body: new Uint8Array(png()),
    });
    expect(res.status).toBe(403);
    const form = await fetch(`${world.url}/api/files?conversationId=${a.conversation.id}&name=a.png`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: officer.cookie, origin: world.url },
      body: 'x',
    });
    expect(form.status).toBe(415);
    expect(await world.app.models.StoredFile.countDocuments()).toBe(1);
  });
});
