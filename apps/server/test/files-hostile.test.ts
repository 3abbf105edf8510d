import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { csv, download, executable, png, svg, upload, xlsx, zip } from './support/files.ts';
import { createOffice, startWorld, visitorAsks, type World } from './support/world.ts';

async function visitorChat(settings: Parameters<typeof startWorld>[0] = {}) {
  const world = await startWorld(settings);
  await createOffice(world, '5102', { routingMode: 'manual' });
  const visitor = await visitorAsks(world);
  return { world, visitor, conversationId: visitor.conversation.id };
}

async function nothingStored(world: World) {
  const { db } = world.mongo;
  expect(await world.app.models.StoredFile.countDocuments()).toBe(0);
  expect(await db?.collection('filedata.chunks').countDocuments()).toBe(0);
  expect(await db?.collection('filedata.files').countDocuments()).toBe(0);
}

describe('files the server refuses', () => {
  it.each([
    { what: 'an executable renamed .xlsx', name: 'laporan.xlsx', body: executable() },
    {
      what: 'an HTML page renamed .csv',
      name: 'data.csv',
      body: Buffer.from('<!doctype html><script>alert(1)</script>'),
    },
    { what: 'a zip that is no workbook, named .xlsx', name: 'tabel.xlsx', body: zip({ 'payload.exe': 'MZ' }) },
    { what: 'an SVG the office does not accept', name: 'grafik.png', body: svg },
  ])('$what: FILE_TYPE_NOT_ALLOWED, nothing stored', async ({ name, body }) => {
    const { world, visitor, conversationId } = await visitorChat();
    const res = await upload(world, conversationId, name, body, { token: visitor.token });
    expect(res.status).toBe(415);
    expect(res.body.error?.code).toBe('FILE_TYPE_NOT_ALLOWED');
    await nothingStored(world);
  });

  it('a kind the office removed from its list is refused; text is taken as CSV whatever its name', async () => {
    const { world, visitor, conversationId } = await visitorChat();
    await world.app.models.Office.updateOne({ code: '5102' }, { $set: { fileKinds: ['csv'] } });
    expect((await upload(world, conversationId, 'a.xlsx', xlsx(), { token: visitor.token })).status).toBe(415);
    const text = await upload(world, conversationId, 'tabel.txt', csv, { token: visitor.token });
    expect(text.body).toMatchObject({ kind: 'csv', name: 'tabel.txt' });
  });

  it('an SVG an office accepts is only ever served as an attachment, sandboxed', async () => {
    const { world, visitor, conversationId } = await visitorChat();
    await world.app.models.Office.updateOne({ code: '5102' }, { $set: { fileKinds: ['svg'] } });
    const stored = await upload(world, conversationId, 'grafik.svg', svg, { token: visitor.token });
    expect(stored.body.kind).toBe('svg');
    const res = await download(world, stored.body.id, { token: visitor.token }, '?inline=1');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox; frame-ancestors 'none'");
  });

  it('a file over the limit is refused while it streams: the rest is never stored or held', async () => {
    const maxBytes = 1024 * 1024;
    const { world, visitor, conversationId } = await visitorChat({
      settings: { files: { maxBytes, windowMs: 600_000, perVisitor: 30, perOffice: 600 } },
    });
    // 40 MB without a Content-Length (chunked), one 64 KB buffer sent again and again.
    const chunk = png(64 * 1024);
    const total = 40 * 1024 * 1024;
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed + now.arrayBuffers - before.heapUsed - before.arrayBuffers);
    }, 5);
    const { status, body, sentWhenAnswered } = await new Promise<{
      status: number;
      body: string;
      sentWhenAnswered: number;
    }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = httpRequest(`${world.url}/api/files?conversationId=${conversationId}&name=big.png`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          authorization: `Bearer ${visitor.token}`,
          'x-pst-office': '5102',
        },
      });
      req.on('response', (res) => {
        answered = true;
        const at = sent;
        let text = '';
        res.on('data', (part) => {
          text += part;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, sentWhenAnswered: at }));
        req.end();
      });
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      const write = () => {
        while (!answered && sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        if (!answered) req.end();
      };
      write();
    });
    clearInterval(sampler);
    expect(status).toBe(413);
    expect(JSON.parse(body).error.code).toBe('FILE_TOO_LARGE');
    // Answered long before the client had sent it all (socket buffers held about 5 MB here), and the
    // process (server and client both) grew by far less than the file: measured about 12 MB, mostly garbage.
    expect(sentWhenAnswered).toBeLessThan(maxBytes + 8 * 1024 * 1024);
    expect(peak).toBeLessThan(total / 2);
    await nothingStored(world);
  });

  it('a declared Content-Length over the limit is refused before the body is read', async () => {
    const { world, visitor, conversationId } = await visitorChat({
      settings: { files: { maxBytes: 1000, windowMs: 600_000, perVisitor: 30, perOffice: 600 } },
    });
    const res = await upload(world, conversationId, 'a.png', png(5000), { token: visitor.token });
    expect(res.status).toBe(413);
    await nothingStored(world);
  });

  it('uploads are limited per visitor and per office in the window', async () => {
    const { world, visitor, conversationId } = await visitorChat({
      settings: { files: { maxBytes: 1_000_000, windowMs: 600_000, perVisitor: 2, perOffice: 3 } },
    });
    const send = (token: string, id: string) => upload(world, id, 'a.png', png(), { token });
    expect((await send(visitor.token, conversationId)).status).toBe(201);
    expect((await send(visitor.token, conversationId)).status).toBe(201);
    const third = await send(visitor.token, conversationId);
    expect(third.status).toBe(429);
    expect(third.body.error?.code).toBe('RATE_LIMITED');

    const other = await visitorAsks(world, 'Ekspor?');
    expect((await send(other.token, other.conversation.id)).status).toBe(201);
    expect((await send(other.token, other.conversation.id)).status).toBe(429); // the office's third was used
    world.clock.advance(600_001);
    expect((await send(visitor.token, conversationId)).status).toBe(201);
  });
});
