import { ikmCategory, type Report, reportSchema, type VisitorConversation } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import {
  connectAgent,
  createOffice,
  createOfficer,
  nextEvent,
  ok,
  request,
  startWorld,
  visitorAsks,
  type World,
} from './support/world.ts';

/** A visitor asks, the officer answers by closing it, the visitor rates: what comes before the survey. */
async function closedAndRated(world: World, tab: Awaited<ReturnType<typeof connectAgent>>) {
  const { socket, conversation } = await visitorAsks(world);
  const closed = nextEvent<VisitorConversation>(socket, 'conversation:updated', (c) => c.status === 'closed');
  await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
  await closed;
  await ok(socket, 'conversation:rate', { conversationId: conversation.id, score: 4 });
  return { socket, conversationId: conversation.id };
}

describe('the IKM survey (PermenPANRB 14/2017)', () => {
  it('is answered once after the rating, only where the office asks it, and scored in the report', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    await world.app.models.Office.updateOne({ code: '5102' }, { $set: { ikmSurvey: true } });
    const officer = await createOfficer(world, '5102');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'offline' });
    const tab = await connectAgent(world, officer.cookie);

    const answers = [
      [4, 4, 4, 4, 4, 4, 4, 4, 4],
      [3, 3, 3, 4, 3, 3, 3, 3, 3],
      [3, 2, 3, 4, 3, 3, 4, 3, 3],
    ];
    for (const [i, given] of answers.entries()) {
      const { socket, conversationId } = await closedAndRated(world, tab);
      if (i === 0) {
        for (const bad of [
          [4, 4, 4],
          [0, 4, 4, 4, 4, 4, 4, 4, 4],
          [5, 4, 4, 4, 4, 4, 4, 4, 4],
        ]) {
          const refused = await request(socket, 'conversation:survey', { conversationId, answers: bad });
          expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
        }
      }
      const surveyed = await ok(socket, 'conversation:survey', { conversationId, answers: given });
      expect(surveyed.survey?.answers).toEqual(given);
      const again = await request(socket, 'conversation:survey', { conversationId, answers: given });
      expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_RATED' } });
    }

    // U1 (4+3+3)/3 = 10/3, U2 (4+3+2)/3 = 3, U3 10/3, U4 4, U5 10/3, U6 10/3, U7 (4+3+4)/3 = 11/3, U8 10/3,
    // U9 10/3. Sum = 6 × 10/3 + 3 + 4 + 11/3 = 92/3; × 1/9 × 25 = 2300/27 = 85.185…: category B.
    const period = world.clock.now().toISOString().slice(0, 7);
    const answer = await officerApi(world, supervisor.cookie)<Report>(
      'GET',
      `/api/reports?period=${period}&office=5102`,
    );
    expect(answer.status).toBe(200);
    const { ikm } = reportSchema.parse(answer.body).total;
    expect(ikm.count).toBe(3);
    expect(ikm.elementAverages).toEqual([10 / 3, 3, 10 / 3, 4, 10 / 3, 10 / 3, 11 / 3, 10 / 3, 10 / 3]);
    expect(ikm.score).toBeCloseTo(2300 / 27, 10);
    expect(ikm.category).toBe('B');

    const csv = await fetch(`${world.url}/api/reports/export?period=${period}&office=5102&format=csv&table=ikm`, {
      headers: { cookie: supervisor.cookie },
    });
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Kode / Code;Kantor / Office;Responden;IKM U1;IKM U2;IKM U3;IKM U4;IKM U5;IKM U6;IKM U7;IKM U8;IKM U9;Nilai IKM / Score;Mutu / Category',
    );
    expect(lines.at(-1)).toBe(';Jumlah / Total;3;3,33;3;3,33;4;3,33;3,33;3,67;3,33;3,33;85,19;B');
  });

  it('is refused where the office does not ask it, and before the close', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);
    const answers = [4, 4, 4, 4, 4, 4, 4, 4, 4];
    const open = await request(socket, 'conversation:survey', { conversationId: conversation.id, answers });
    expect(open).toMatchObject({ ok: false, error: { code: 'CONVERSATION_NOT_CLOSED' } });
    await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
    const notAsked = await request(socket, 'conversation:survey', { conversationId: conversation.id, answers });
    expect(notAsked).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const stored = await world.app.models.Conversation.findById(conversation.id).lean();
    expect(stored?.survey).toBeUndefined();
  });

  it('categories follow the regulation: A from 88.31, B from 76.61, C from 65.00, D below', () => {
    expect([100, 88.31, 88.3, 76.61, 76.6, 65, 64.99, 25].map(ikmCategory)).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
    ]);
  });
});
