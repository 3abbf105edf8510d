import { CONSENT_VERSION, type ConversationSummary, type Message, type Report } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { createSession } from '../src/domain/auth/sessions.ts';
import { startWhatsappWorld, VERIFY_TOKEN, WA_SENDER, waFillGuestBook, waSay } from './support/chat-app-world.ts';
import { choicesOf, textOf } from './support/fake-whatsapp.ts';
import { png, upload, xlsx } from './support/files.ts';
import { officerApi } from './support/officer-api.ts';
import { clientMsgId, connectAgent, createOfficer, nextEvent, ok, request } from './support/world.ts';

describe('a consultation over WhatsApp', () => {
  it('guest book by chat, routing, an answer sent once, media stored at once, the 24-hour window, rating by list', async () => {
    const { world, whatsapp, supervisor } = await startWhatsappWorld();

    // Meta's verification handshake: the verify token the office typed, answered with the challenge.
    expect((await whatsapp.verify('bukan-token-ini')).status).toBe(403);
    expect(await whatsapp.verify(VERIFY_TOKEN, '1158201444')).toEqual({ status: 200, body: '1158201444' });

    const registered = await waFillGuestBook(whatsapp);
    expect(textOf(registered)).toContain('Buku tamu Anda tercatat');
    const visitor = await world.app.models.Visitor.findOne({ channel: 'whatsapp' }).lean();
    expect(visitor).toMatchObject({
      name: 'Luh Putu Sari',
      email: 'luh.sari@example.go.id',
      phone: `+${WA_SENDER}`,
      purpose: 'data',
      consentVersion: CONSENT_VERSION,
    });
    // The sender saw their messages read.
    expect(whatsapp.readMarks().length).toBeGreaterThanOrEqual(7);

    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const assigned = nextEvent<ConversationSummary>(tab, 'conversation:updated', (c) => c.status === 'active');
    expect(textOf(await waSay(whatsapp, { text: 'Apakah ada data IPM per kecamatan?' }))).toContain('masuk antrean');
    const conversation = await assigned;
    expect(conversation.channel).toBe('whatsapp');

    const answer = 'IPM dihitung sampai kabupaten; per kecamatan tidak tersedia.';
    await ok(tab, 'message:send', { conversationId: conversation.id, clientMsgId: clientMsgId(), text: answer });
    await whatsapp.waitForSent((m) => m.text?.body === answer);
    expect(whatsapp.sent().filter((m) => m.text?.body === answer)).toHaveLength(1);

    // An officer's file is uploaded to the number's media and sent as a document.
    const table = xlsx();
    const uploaded = await upload(world, conversation.id, 'IPM Buleleng.xlsx', table, { cookie: officer.cookie });
    await ok(tab, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      files: [uploaded.body.id],
    });
    const document = await whatsapp.waitForSent((m) => m.type === 'document');
    expect(document.document?.filename).toBe('IPM Buleleng.xlsx');
    expect(whatsapp.uploaded(document.document?.id ?? '')?.bytes.equals(table)).toBe(true);

    // An image is downloaded at once into our own file store, and shown to the officer as the chat's file.
    const withFile = nextEvent<Message>(tab, 'message:created', (m) => m.author === 'visitor' && !!m.files?.length);
    await whatsapp.userSends(WA_SENDER, { image: png(), text: 'Ini tabel yang saya maksud' });
    const fileMessage = await withFile;
    expect(fileMessage).toMatchObject({ text: 'Ini tabel yang saya maksud', files: [{ kind: 'png' }] });
    expect(
      await world.app.models.StoredFile.countDocuments({ conversation: conversation.id, 'uploader.kind': 'visitor' }),
    ).toBe(1);

    // 25 hours later the window is closed: free text is refused, the approved template is allowed.
    world.clock.set(new Date(world.clock.now().getTime() + 25 * 60 * 60 * 1000));
    const late = await request(tab, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: 'Masih ada pertanyaan?',
    });
    expect(late).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } });
    // A new day, a new sign-in (sessions last 12 hours).
    const cookie = `pst_session=${await createSession(world.app.context, officer.id)}`;
    const template = await officerApi(world, cookie)('POST', `/api/conversations/${conversation.id}/template`);
    expect(template.status).toBe(201);
    await whatsapp.waitForSent((m) => m.type === 'template');
    expect(whatsapp.sent().filter((m) => m.type === 'template')).toEqual([
      expect.objectContaining({ to: WA_SENDER, template: { name: 'jawaban_siap', language: { code: 'id' } } }),
    ]);
    expect(whatsapp.sent().some((m) => m.text?.body === 'Masih ada pertanyaan?')).toBe(false);

    // The sender answers: the window opens again and the rating comes as a list when the officer closes.
    const back = nextEvent<Message>(tab, 'message:created', (m) => m.text === 'Baik, terima kasih.');
    await whatsapp.userSends(WA_SENDER, { text: 'Baik, terima kasih.' });
    await back;
    await ok(tab, 'message:send', { conversationId: conversation.id, clientMsgId: clientMsgId(), text: 'Sama-sama.' });
    await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
    const prompt = await whatsapp.waitForSent((m) => textOf(m).includes('penilaian'));
    expect(choicesOf(prompt)).toEqual([1, 2, 3, 4, 5].map((score) => `rate:${conversation.id}:${score}`));
    const thanks = await waSay(whatsapp, { reply: { id: `rate:${conversation.id}:5`, title: '★★★★★' } });
    expect(textOf(thanks)).toContain('Terima kasih');
    const ratings = await world.app.models.Rating.find({ conversation: conversation.id }).lean();
    expect(ratings.map((r) => [r.score, String(r.officer)])).toEqual([[5, officer.id]]);

    // The reports count it under its channel.
    const supervisorCookie = `pst_session=${await createSession(world.app.context, supervisor.id)}`;
    const report = await officerApi(world, supervisorCookie)<Report>('GET', '/api/reports?period=2026-11&office=5102');
    expect(report.body.total.consultations.byChannel).toEqual({ web: 0, email: 0, telegram: 0, whatsapp: 1 });
  });
});
