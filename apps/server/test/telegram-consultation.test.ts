import { CONSENT_VERSION, type ConversationSummary, type Message, type Report } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { eraseVisitor } from '../src/domain/privacy/erase.ts';
import { buttonsOf, fillGuestBook, SENDER, say, startTelegramWorld, tap } from './support/chat-app-world.ts';
import { upload, xlsx } from './support/files.ts';
import { officerApi } from './support/officer-api.ts';
import { clientMsgId, connectAgent, createOfficer, nextEvent, ok } from './support/world.ts';

describe('a consultation over Telegram', () => {
  it('a new sender fills the guest book by chat, is routed, answered once from the agent app, and rates by button', async () => {
    const { world, telegram, bot } = await startTelegramWorld();
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);

    // The guest book, asked in Indonesian; a bad e-mail address is asked again.
    const welcome = await say(telegram, bot.token, '/start');
    expect(welcome.text).toContain('Siapa nama Anda?');
    expect((await say(telegram, bot.token, 'Ketut Suardana')).text).toContain('e-mail');
    expect((await say(telegram, bot.token, 'bukan-alamat')).text).toContain('tidak valid');
    expect((await say(telegram, bot.token, 'ketut@example.ac.id')).text).toContain('Instansi');
    expect((await say(telegram, bot.token, 'Universitas Pendidikan Ganesha')).text).toContain('Pekerjaan');
    const purpose = await say(telegram, bot.token, 'Dosen');
    expect(buttonsOf(purpose)).toEqual(['purpose:data', 'purpose:metadata', 'purpose:klasifikasi', 'purpose:lainnya']);
    const consent = await tap(telegram, bot.token, purpose, 'purpose:metadata');
    expect(consent.text).toContain(`versi ${CONSENT_VERSION}`);
    expect((await tap(telegram, bot.token, consent, 'consent:yes')).text).toContain('Buku tamu Anda tercatat');

    const visitor = await world.app.models.Visitor.findOne({ channel: 'telegram' }).lean();
    expect(visitor).toMatchObject({
      office: '5102',
      name: 'Ketut Suardana',
      email: 'ketut@example.ac.id',
      institution: 'Universitas Pendidikan Ganesha',
      occupation: 'Dosen',
      purpose: 'metadata',
      consentVersion: CONSENT_VERSION,
    });

    // The question is queued and routed to the online officer, in the same inbox as the web's.
    const assigned = nextEvent<ConversationSummary>(tab, 'conversation:updated', (c) => c.status === 'active');
    const queued = await say(telegram, bot.token, 'Berapa jumlah penduduk Buleleng 2025?');
    expect(queued.text).toContain('masuk antrean');
    const conversation = await assigned;
    expect(conversation).toMatchObject({ channel: 'telegram', officerName: officer.name, offline: false });

    // The officer answers in the agent app; the answer reaches Telegram exactly once.
    const answer = 'Jumlah penduduk Buleleng 2025 ada di tabel 3.1 publikasi Buleleng Dalam Angka.';
    const sent = await ok(tab, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: answer,
    });
    await telegram.waitForSent(bot.token, (m) => m.text === answer);
    // A resend of the same message (a lost ack) is stored once and sent once.
    await ok(tab, 'message:send', { conversationId: conversation.id, clientMsgId: sent.clientMsgId, text: answer });
    const delivery = await world.app.models.ChannelDelivery.findOne({ key: `message:${sent.id}` }).lean();
    expect(delivery).toMatchObject({ status: 'sent', chatId: String(SENDER.id) });
    expect(telegram.sent(bot.token).filter((m) => m.text === answer)).toHaveLength(1);

    // An officer's file follows as a document, byte for byte, once.
    const table = xlsx();
    const uploaded = await upload(world, conversation.id, 'Penduduk Buleleng 2025.xlsx', table, {
      cookie: officer.cookie,
    });
    expect(uploaded.status).toBe(201);
    await ok(tab, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      files: [uploaded.body.id],
    });
    const document = await telegram.waitForSent(bot.token, (m) => m.document !== undefined);
    expect(document.document?.file_name).toBe('Penduduk Buleleng 2025.xlsx');
    expect(document.document?.bytes.equals(table)).toBe(true);

    // The sender's reply joins the conversation.
    const reply = nextEvent<Message>(tab, 'message:created', (m) => m.author === 'visitor');
    await telegram.userSends(bot.token, SENDER, { text: 'Terima kasih, sudah jelas.' });
    expect((await reply).text).toBe('Terima kasih, sudah jelas.');

    // Closing asks for the rating by buttons; the tap is recorded like the widget's rating.
    await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
    const prompt = await telegram.waitForSent(bot.token, (m) => m.text.includes('penilaian'));
    expect(buttonsOf(prompt)).toEqual([1, 2, 3, 4, 5].map((score) => `rate:${conversation.id}:${score}`));
    expect((await tap(telegram, bot.token, prompt, `rate:${conversation.id}:4`)).text).toContain('Terima kasih');
    const ratings = await world.app.models.Rating.find({ conversation: conversation.id }).lean();
    expect(ratings.map((r) => [r.score, String(r.officer)])).toEqual([[4, officer.id]]);
    expect((await tap(telegram, bot.token, prompt, `rate:${conversation.id}:1`)).text).toContain('sudah dinilai');
    expect(await world.app.models.Rating.countDocuments()).toBe(1);
  });

  it('a returning sender is recognised: a new question starts a consultation without the guest book', async () => {
    const { world, telegram, bot, supervisor } = await startTelegramWorld();
    await fillGuestBook(telegram, bot.token);
    const first = await say(telegram, bot.token, 'Pertanyaan pertama');
    // No officer online: it waits as an offline message, answered here later.
    expect(first.text).toContain('di luar jam pelayanan atau petugas belum tersedia');
    const [conversation] = await world.app.models.Conversation.find({ channel: 'telegram' }).lean();
    expect(conversation).toMatchObject({ status: 'queued', offline: true, question: 'Pertanyaan pertama' });
    expect(await world.app.models.Visitor.countDocuments()).toBe(1);
    expect(await world.app.models.OutboundMail.countDocuments()).toBe(0);

    // The reports count it under its channel.
    const report = await officerApi(world, supervisor.cookie)<Report>('GET', '/api/reports?period=2026-11&office=5102');
    expect(report.body.total.consultations.byChannel).toEqual({ web: 0, email: 0, telegram: 1, whatsapp: 0 });

    // Erased (UU PDP), the sender is a stranger again: the next message starts a new guest book.
    const visitor = await world.app.models.Visitor.findOne({ channel: 'telegram' }).lean();
    await eraseVisitor(world.app.context, String(visitor?._id), { reason: 'request', by: { kind: 'system' } });
    expect(await world.app.models.ChannelContact.countDocuments()).toBe(0);
    expect((await say(telegram, bot.token, 'Halo lagi')).text).toContain('Siapa nama Anda?');
  });
});
