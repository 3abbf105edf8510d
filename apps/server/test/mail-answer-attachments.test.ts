import { describe, expect, it } from 'vitest';
import { upload, xlsx } from './support/files.ts';
import { giveOfficeMailbox, mailTurn, queuedMails, startMailServers } from './support/mail-world.ts';
import { dovecotPath } from './support/services.ts';
import {
  CLOSED_TIME,
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  OPEN_TIME,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

const dovecot = dovecotPath();

describe.skipIf(!dovecot)('an answer by e-mail with the officer’s files (real SMTP server)', () => {
  it('carries each file as an attachment, byte for byte', async () => {
    const { smtp, imap } = await startMailServers(dovecot ?? '');
    const world = await startWorld({ at: CLOSED_TIME, smtpUrl: smtp.url });
    await createOffice(world, '5102');
    await giveOfficeMailbox(world, imap);
    const { conversation } = await visitorAsks(world, 'Mohon tabel PDRB 2020–2025');

    world.clock.set(new Date(OPEN_TIME.getTime() + 86_400_000));
    const officer = await createOfficer(world, '5102', { name: 'Ni Luh Sari' });
    const agent = await connectAgent(world, officer.cookie);
    await world.app.runJobs();
    const workbook = xlsx(3000);
    const file = await upload(world, conversation.id, 'PDRB 2020-2025.xlsx', workbook, { cookie: officer.cookie });
    expect(file.status).toBe(201);
    await ok(agent, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: 'Tabelnya terlampir.',
      files: [file.body.id],
    });
    await queuedMails(world, 1);
    await mailTurn(world);
    await smtp.waitFor(1);

    const [answer] = smtp.received;
    expect(answer?.text).toContain('Tabelnya terlampir.');
    expect(answer?.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['PDRB 2020-2025.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    expect(answer?.attachments[0]?.content.equals(workbook)).toBe(true);
  });
});
