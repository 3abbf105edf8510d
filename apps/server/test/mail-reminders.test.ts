import { describe, expect, it } from 'vitest';
import { sendDeadlineReminders } from '../src/domain/deadlines/reminders.ts';
import { startSmtpCatcher } from './support/mail-servers.ts';
import { mailTurn, queuedMails } from './support/mail-world.ts';
import { createOffice, createOfficer, OPEN_TIME, startWorld, visitorAsks } from './support/world.ts';

describe('deadline reminders by e-mail (real SMTP server)', () => {
  it('mails the officer a working day before the due date and the supervisor when overdue, each once', async () => {
    const smtp = await startSmtpCatcher();
    // Monday 23 November 2026 10:00 WITA: due Thursday 26 November 16:00 WITA.
    const world = await startWorld({ at: OPEN_TIME, smtpUrl: smtp.url });
    await createOffice(world, '5102', { routingMode: 'manual' });
    const officer = await createOfficer(world, '5102', { name: 'Ni Luh Sari' });
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'away' });
    const { conversation } = await visitorAsks(world);
    await world.app.models.Conversation.updateOne(
      { _id: conversation.id },
      { $set: { status: 'active', officer: officer.id, officerName: officer.name } },
    );
    const emailOf = async (id: string) => (await world.app.models.Officer.findById(id))?.email;

    world.clock.set(new Date('2026-11-25T08:01:00Z'));
    await Promise.all([sendDeadlineReminders(world.app.context), sendDeadlineReminders(world.app.context)]);
    await queuedMails(world, 1);
    await mailTurn(world);
    await smtp.waitFor(1);
    expect(smtp.received[0]?.envelopeTo).toEqual([await emailOf(officer.id)]);
    expect(smtp.received[0]?.subject).toContain('jatuh tempo');
    expect(smtp.received[0]?.text).toContain('Kamis, 26 November 2026');
    expect(smtp.received[0]?.text).toContain(`/agent/#/chat/${conversation.id}`);
    expect(smtp.received[0]?.headers.get('auto-submitted')).toBe('auto-generated');
    // A staff mail: no reply address into the visitor's conversation.
    expect(smtp.received[0]?.replyTo).toBeUndefined();

    world.clock.set(new Date('2026-11-26T08:01:00Z'));
    await sendDeadlineReminders(world.app.context);
    await sendDeadlineReminders(world.app.context);
    await queuedMails(world, 2);
    await mailTurn(world);
    await smtp.waitFor(2);
    expect(smtp.received[1]?.envelopeTo).toEqual([await emailOf(supervisor.id)]);
    expect(smtp.received[1]?.subject).toContain('melewati tenggat');

    await mailTurn(world);
    expect(smtp.received).toHaveLength(2);
  });
});
