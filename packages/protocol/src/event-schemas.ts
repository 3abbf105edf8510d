import { z } from 'zod';
import {
  closeConversationSchema,
  conversationRefSchema,
  markReadSchema,
  rateConversationSchema,
  requestTranscriptSchema,
  sendMessageSchema,
  setTopicSchema,
  setTypingSchema,
  submitSurveySchema,
  syncConversationSchema,
  transferConversationSchema,
} from './conversation.ts';
import { deadlineChangeSchema, dismissReminderSchema } from './deadline.ts';
import type { AgentClientToServerEvents, VisitorClientToServerEvents } from './events.ts';
import { setPresenceSchema } from './officer.ts';
import { confirmDataSchema, requestDataSchema } from './privacy.ts';
import { consentSchema, registerVisitorSchema, startConversationSchema } from './visitor.ts';

/** The payload of a request that takes none. */
export const emptyPayloadSchema = z.object({}).strict();

/**
 * The payload schema of every event a client may send, per namespace: the
 * server's socket router validates with these and refuses any other event.
 * `satisfies` keeps this table and the event maps in `events.ts` in step.
 */
export const visitorEventSchemas = {
  'visitor:consent': consentSchema,
  'visitor:register': registerVisitorSchema,
  'conversation:current': emptyPayloadSchema,
  'conversation:start': startConversationSchema,
  'message:send': sendMessageSchema,
  'conversation:sync': syncConversationSchema,
  'typing:set': setTypingSchema,
  'read:mark': markReadSchema,
  'conversation:end': conversationRefSchema,
  'conversation:rate': rateConversationSchema,
  'conversation:survey': submitSurveySchema,
  'conversation:transcript': requestTranscriptSchema,
  'data:request': requestDataSchema,
  'data:confirm': confirmDataSchema,
} as const satisfies Record<keyof VisitorClientToServerEvents, z.ZodType>;

export const agentEventSchemas = {
  'inbox:sync': emptyPayloadSchema,
  'presence:set': setPresenceSchema,
  'conversation:accept': conversationRefSchema,
  'conversation:sync': syncConversationSchema,
  'message:send': sendMessageSchema,
  'typing:set': setTypingSchema,
  'read:mark': markReadSchema,
  'conversation:transfer': transferConversationSchema,
  'conversation:close': closeConversationSchema,
  'conversation:topic': setTopicSchema,
  'deadline:pause': deadlineChangeSchema,
  'deadline:resume': deadlineChangeSchema,
  'reminder:dismiss': dismissReminderSchema,
} as const satisfies Record<keyof AgentClientToServerEvents, z.ZodType>;
