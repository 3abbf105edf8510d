import { type Report, reportSchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import { createOffice, createOfficer, startWorld } from './support/world.ts';

describe('"this answered my question" on an FAQ entry', () => {
  it('counts once per address and entry a day, however often it is sent, and not for an unknown entry', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const entry = await world.app.models.CannedResponse.create({
      office: '5102',
      shortcut: 'inflasi',
      text: 'Inflasi dirilis setiap awal bulan.',
      faqQuestion: 'Kapan inflasi dirilis?',
    });
    const answered = (id: string, address: string) =>
      fetch(`${world.url}/api/widget/5102/faq/${id}/answered`, {
        method: 'POST',
        headers: { 'x-forwarded-for': address },
      });

    for (let i = 0; i < 5; i++) expect((await answered(String(entry._id), '203.0.113.7')).status).toBe(204);
    expect((await answered('a'.repeat(24), '203.0.113.7')).status).toBe(404);

    const period = world.clock.now().toISOString().slice(0, 7);
    const read = async () => {
      // A fresh session each time: the clock moves a day on below.
      const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'offline' });
      const answer = await officerApi(world, supervisor.cookie)<Report>(
        'GET',
        `/api/reports?period=${period}&office=5102`,
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return reportSchema.parse(answer.body).faqAnswered;
    };
    expect(await read()).toBe(1);
    // A day later the same address counts again.
    world.clock.advance(25 * 3_600_000);
    await answered(String(entry._id), '203.0.113.7');
    await answered(String(entry._id), '198.51.100.2');
    expect(await read()).toBe(3);
  });
});
