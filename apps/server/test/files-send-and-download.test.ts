import { describe, expect, it } from 'vitest';
import { download, png, upload, xlsx } from './support/files.ts';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  nextEvent,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

async function chat() {
  const world = await startWorld();
  await createOffice(world, '5102', { routingMode: 'manual' });
  const officer = await createOfficer(world, '5102');
  const tab = await connectAgent(world, officer.cookie);
  const visitor = await visitorAsks(world);
  await ok(tab, 'conversation:accept', { conversationId: visitor.conversation.id });
  return { world, officer, tab, visitor, conversationId: visitor.conversation.id };
}

describe('files in a chat', () => {
  it('a visitor sends an image without text; the officer gets it and downloads the same bytes', async () => {
    const { world, officer, tab, visitor, conversationId } = await chat();
    const image = png(300_000);
    const uploaded = await upload(world, conversationId, 'layar.png', image, { token: visitor.token });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: 'layar.png', kind: 'png', size: image.length });

    const seen = nextEvent<{ files?: unknown[] }>(tab, 'message:created', (message) => !!message.files);
    const sent = await ok(visitor.socket, 'message:send', {
      conversationId,
      clientMsgId: clientMsgId(),
      files: [uploaded.body.id],
    });
    expect(sent.text).toBe('');
    expect(sent.files).toEqual([uploaded.body]);
    expect((await seen).files).toEqual([uploaded.body]);

    const res = await download(world, uploaded.body.id, { cookie: officer.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="layar.png"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await res.arrayBuffer()).equals(image)).toBe(true);

    const thumbnail = await download(world, uploaded.body.id, { cookie: officer.cookie }, '?inline=1');
    expect(thumbnail.headers.get('content-disposition')).toMatch(/^inline;/);
  });

  it('the officer sends a workbook with text; the visitor downloads it, and catch-up brings it', async () => {
    const { world, officer, tab, visitor, conversationId } = await chat();
    const workbook = xlsx(5000);
    const uploaded = await upload(world, conversationId, 'PDRB 2020–2025.xlsx', workbook, { cookie: officer.cookie });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.kind).toBe('xlsx');

    const sent = await ok(tab, 'message:send', {
      conversationId,
      clientMsgId: clientMsgId(),
      text: 'Tabelnya terlampir.',
      files: [uploaded.body.id],
    });
    const res = await download(world, uploaded.body.id, { token: visitor.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''PDRB%202020%E2%80%932025.xlsx");
    expect(Buffer.from(await res.arrayBuffer()).equals(workbook)).toBe(true);

    const caughtUp = await ok(visitor.socket, 'conversation:sync', { conversationId, afterSeq: sent.seq - 1 });
    expect(caughtUp.messages.find((m) => m.seq === sent.seq)?.files).toEqual([uploaded.body]);
  });

  it('a resend of a file message with the same clientMsgId is stored once', async () => {
    const { world, visitor, conversationId } = await chat();
    const uploaded = await upload(world, conversationId, 'a.png', png(), { token: visitor.token });
    const payload = { conversationId, clientMsgId: clientMsgId(), text: 'Ini', files: [uploaded.body.id] };
    const copies = await Promise.all([1, 2, 3].map(() => ok(visitor.socket, 'message:send', payload)));
    expect(new Set(copies.map((copy) => copy.seq)).size).toBe(1);
    const stored = await world.app.models.Message.countDocuments({ conversation: conversationId, text: 'Ini' });
    expect(stored).toBe(1);
  });
});
