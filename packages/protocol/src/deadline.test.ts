import { describe, expect, it } from 'vitest';
import { agentEventSchemas, deadlineChangeSchema, dismissReminderSchema, reminderSchema } from './index.ts';

const id = 'c00000000000000000000001';

describe('the deadline events', () => {
  it('are in the /agent table, so the router validates them', () => {
    expect(agentEventSchemas['deadline:pause']).toBe(deadlineChangeSchema);
    expect(agentEventSchemas['deadline:resume']).toBe(deadlineChangeSchema);
    expect(agentEventSchemas['reminder:dismiss']).toBe(dismissReminderSchema);
  });

  it('take a conversation id and nothing else', () => {
    expect(deadlineChangeSchema.parse({ conversationId: id })).toEqual({ conversationId: id });
    expect(deadlineChangeSchema.safeParse({ conversationId: id, dueAt: '2030-01-01' }).success).toBe(false);
    expect(deadlineChangeSchema.safeParse({ conversationId: { $ne: null } }).success).toBe(false);
  });

  it('describe a reminder of one of two kinds', () => {
    const reminder = {
      id,
      kind: 'overdue',
      conversationId: id,
      officeCode: '5102',
      visitorName: 'Made',
      dueAt: '2026-11-26T08:00:00.000Z',
      at: '2026-11-26T08:01:00.000Z',
    };
    expect(reminderSchema.parse(reminder)).toEqual(reminder);
    expect(reminderSchema.safeParse({ ...reminder, kind: 'auto_close_warning' }).success).toBe(false);
  });
});
