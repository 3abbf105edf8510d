import { describe, expect, it } from 'vitest';
import { executable, xlsx } from './support/files.ts';
import { giveOfficeMailbox, MAILBOX, mailTurn, rawMail, startMailServers } from './support/mail-world.ts';
import { dovecotPath } from './support/services.ts';
import { createOffice, createOfficer, startWorld } from './support/world.ts';

const dovecot = dovecotPath();

/** A multipart mail: a text part and each file base64-encoded. */
function withAttachments(text: string, files: Record<string, Buffer>): { contentType: string; body: string } {
  const boundary = 'batas-lampiran';
  const parts = [
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}`,
    ...Object.entries(files).map(
      ([name, bytes]) =>
        `--${boundary}\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="${name}"\r\n` +
        `Content-Transfer-Encoding: base64\r\n\r\n${bytes.toString('base64').replace(/.{76}/g, '$&\r\n')}`,
    ),
  ];
  return { contentType: `multipart/mixed; boundary="${boundary}"`, body: `${parts.join('\r\n')}\r\n--${boundary}--` };
}

describe.skipIf(!dovecot)('attachments of mail arriving in an office mailbox', () => {
  it('are stored as the conversation’s files, checked like uploads; the officer downloads the same bytes', async () => {
    const { imap } = await startMailServers(dovecot ?? '');
    const world = await startWorld();
    await createOffice(world, '5102');
    await giveOfficeMailbox(world, imap);
    const workbook = xlsx(200);
    await imap.deliver(
      MAILBOX.address,
      rawMail({
        from: 'Putu Ayu <putu.ayu@example.co.id>',
        to: MAILBOX.address,
        subject: 'Formulir permintaan data',
        messageId: '<lampiran-1@example.co.id>',
        ...withAttachments('Terlampir formulir saya.', { 'formulir.xlsx': workbook, 'bukan.pdf': executable() }),
      }),
    );
    await mailTurn(world);

    const conversation = await world.app.models.Conversation.findOne({ office: '5102' });
    const messages = await world.app.models.Message.find({ conversation: conversation?._id }).sort({ seq: 1 }).lean();
    const withFiles = messages.find((message) => message.files?.length);
    expect(withFiles?.files?.map((file) => [file.name, file.kind, file.size])).toEqual([
      ['formulir.xlsx', 'xlsx', workbook.length],
    ]);
    // The refused one is only listed in the text, as every attachment is.
    expect(messages[0]?.text).toContain('bukan.pdf');
    expect(await world.app.models.StoredFile.countDocuments()).toBe(1);

    const supervisor = await createOfficer(world, '5102', { role: 'supervisor' });
    const res = await fetch(`${world.url}/files/${String(withFiles?.files?.[0]?.id)}`, {
      headers: { cookie: supervisor.cookie },
    });
    expect(Buffer.from(await res.arrayBuffer()).equals(workbook)).toBe(true);
  });
});
