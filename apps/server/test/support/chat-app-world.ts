import { expect } from 'vitest';
import type { AppSettings } from '../../src/domain/context.ts';
import { type FakeTelegram, type SentMessage, startFakeTelegram, type TelegramUser } from './fake-telegram.ts';
import { type FakeWhatsapp, type SentWhatsapp, startFakeWhatsapp } from './fake-whatsapp.ts';
import { officerApi } from './officer-api.ts';
import { createOffice, createOfficer, startWorld, type World } from './world.ts';

/** Chat-app API roots for the app: a fake's, or an unused port for a channel the test does not use. */
export function chatChannelSettings(roots: Partial<AppSettings['chatChannels']>): Partial<AppSettings> {
  return {
    chatChannels: { telegramApiRoot: 'http://127.0.0.1:9', whatsappApiRoot: 'http://127.0.0.1:9/v21.0', ...roots },
  };
}

export const SENDER: TelegramUser = { id: 52_001, first_name: 'Ketut', username: 'ketut_s' };

/** A world whose office 5102 has its bot connected through the settings API, on a fake Telegram. */
export async function startTelegramWorld(mode: 'webhook' | 'polling' = 'webhook') {
  const telegram = await startFakeTelegram();
  const world = await startWorld({ settings: chatChannelSettings({ telegramApiRoot: telegram.url }) });
  await createOffice(world, '5102', { routingMode: 'auto' });
  const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'away' });
  const bot = telegram.addBot('sisusi_bot');
  const connected = await officerApi(world, supervisor.cookie)('PUT', '/api/admin/offices/5102/channels/telegram', {
    botToken: bot.token,
    mode,
  });
  expect(connected.status).toBe(200);
  return { world, telegram, bot, supervisor };
}

/** The sender writes, and waits for the bot's next answer. */
export async function say(telegram: FakeTelegram, token: string, text: string, user = SENDER): Promise<SentMessage> {
  const before = telegram.sent(token).length;
  const { status } = await telegram.userSends(token, user, { text });
  expect(status).toBe(200);
  return telegram.waitForSent(token, (m) => telegram.sent(token).indexOf(m) >= before);
}

/** The sender taps a button of the bot's message, and waits for the bot's next answer. */
export async function tap(telegram: FakeTelegram, token: string, message: SentMessage, data: string, user = SENDER) {
  const before = telegram.sent(token).length;
  const { status } = await telegram.userTaps(token, user, message, data);
  expect(status).toBe(200);
  return telegram.waitForSent(token, (m) => telegram.sent(token).indexOf(m) >= before);
}

/** The whole guest book by chat, as a new sender fills it. Returns the bot's last answer. */
export async function fillGuestBook(telegram: FakeTelegram, token: string, user = SENDER) {
  await say(telegram, token, '/start', user);
  await say(telegram, token, 'Ketut Suardana', user);
  await say(telegram, token, 'ketut@example.ac.id', user);
  await say(telegram, token, 'Universitas Pendidikan Ganesha', user);
  const purpose = await say(telegram, token, 'Dosen', user);
  const consent = await tap(telegram, token, purpose, 'purpose:data', user);
  return tap(telegram, token, consent, 'consent:yes', user);
}

export function buttonsOf(message: SentMessage): string[] {
  return (message.reply_markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data);
}

export type { World };

export const WA_SENDER = '6281234567890';
export const VERIFY_TOKEN = 'verifikasi-5102';

/** A world whose office 5102 has its WhatsApp number connected through the settings API, on a fake Cloud API. */
export async function startWhatsappWorld() {
  let world: World | undefined;
  const whatsapp = await startFakeWhatsapp(() => world?.clock.now() ?? new Date());
  world = await startWorld({ settings: chatChannelSettings({ whatsappApiRoot: whatsapp.url }) });
  await createOffice(world, '5102', { routingMode: 'auto' });
  const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'away' });
  const connected = await officerApi(world, supervisor.cookie)('PUT', '/api/admin/offices/5102/channels/whatsapp', {
    phoneNumberId: whatsapp.phoneNumberId,
    accessToken: whatsapp.accessToken,
    appSecret: whatsapp.appSecret,
    verifyToken: VERIFY_TOKEN,
  });
  expect(connected.status).toBe(200);
  whatsapp.subscribe(`${world.url}/hooks/whatsapp/5102`);
  return { world, whatsapp, supervisor };
}

/** The WhatsApp user writes (or taps), and waits for the business's next message. */
export async function waSay(
  whatsapp: FakeWhatsapp,
  content: { text?: string; reply?: { id: string; title: string }; image?: Buffer },
  from = WA_SENDER,
): Promise<SentWhatsapp> {
  const before = whatsapp.sent().length;
  const { status } = await whatsapp.userSends(from, content);
  expect(status).toBe(200);
  return whatsapp.waitForSent((m) => whatsapp.sent().indexOf(m) >= before);
}

export async function waFillGuestBook(whatsapp: FakeWhatsapp, from = WA_SENDER) {
  await waSay(whatsapp, { text: 'Halo' }, from);
  await waSay(whatsapp, { text: 'Luh Putu Sari' }, from);
  await waSay(whatsapp, { text: 'luh.sari@example.go.id' }, from);
  await waSay(whatsapp, { text: 'Dinas Pendidikan Buleleng' }, from);
  await waSay(whatsapp, { text: 'ASN' }, from);
  await waSay(whatsapp, { reply: { id: 'purpose:data', title: 'Data' } }, from);
  return waSay(whatsapp, { reply: { id: 'consent:yes', title: 'Setuju / I agree' } }, from);
}
