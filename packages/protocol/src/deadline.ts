import { z } from 'zod';
import { idSchema, isoTimeSchema, officeCodeSchema } from './common.ts';
import { reminderKinds } from './constants.ts';
import { timeZoneSchema } from './office.ts';

/**
 * What an officer's app needs of each of their offices to show deadlines: the zone to read due dates in
 * ("due today" is the office's today) and the auto-close limit. Sent in the inbox.
 */
export const officeDeskSchema = z.object({
  code: officeCodeSchema,
  name: z.string(),
  timeZone: timeZoneSchema,
  /** WIB, WITA or WIT. */
  zoneName: z.string(),
  /** The answer is due this many working days after the request is clear and complete. */
  responseDeadlineDays: z.number().int(),
  /** A chat whose visitor has not answered the officer's last message for this many days closes itself. */
  inactivityCloseDays: z.number().int(),
});
export type OfficeDesk = z.infer<typeof officeDeskSchema>;

/** `deadline:pause` ("waiting for the visitor") and `deadline:resume` ("request complete"). */
export const deadlineChangeSchema = z.strictObject({ conversationId: idSchema });

export const reminderKindSchema = z.enum(reminderKinds);

/** An in-app reminder about a deadline, to one officer: `reminder:created`, and unread ones in the inbox. */
export const reminderSchema = z.object({
  id: idSchema,
  /** `due_soon`: to the assigned officer, one working day before the due date; `overdue`: to the supervisors. */
  kind: reminderKindSchema,
  conversationId: idSchema,
  officeCode: officeCodeSchema,
  visitorName: z.string(),
  dueAt: isoTimeSchema,
  at: isoTimeSchema,
});
export type Reminder = z.infer<typeof reminderSchema>;

/** `reminder:dismiss`: the officer has seen it. */
export const dismissReminderSchema = z.strictObject({ reminderId: idSchema });
