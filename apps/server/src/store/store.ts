import type { Clock } from '../time/clock.ts';
import { cannedStore } from './canned.ts';
import { channelContactStore, channelDeliveryStore, channelUpdateStore, chatChannelStore } from './chat-channels.ts';
import type { DatabaseConnection } from './connect.ts';
import { conversationStore } from './conversations.ts';
import { faqAnswerStore } from './faq-answers.ts';
import { fileStore } from './files.ts';
import { jobMarkStore } from './job-marks.ts';
import { jobRunStore } from './job-runs.ts';
import { inboundMailStore, officeMailboxStore, outboundMailStore } from './mails.ts';
import { messageStore } from './messages.ts';
import { createModels, initModels, type Models } from './models.ts';
import { noteStore } from './notes.ts';
import { officeChangeStore } from './office-changes.ts';
import { officerSlotStore } from './officer-slots.ts';
import { officerStore } from './officers.ts';
import { officeStore } from './offices.ts';
import { presenceStore } from './presence.ts';
import { privacyStore } from './privacy.ts';
import { quotaStore } from './quotas.ts';
import { ratingStore } from './ratings.ts';
import { reminderStore } from './reminders.ts';
import { sessionStore } from './sessions.ts';
import { visitorPresenceStore } from './visitor-presence.ts';
import { visitorStore } from './visitors.ts';

/**
 * The store: the only layer that knows Mongoose. Each repository takes and
 * returns plain records with string ids; exclusivity (assignment, officers'
 * places, message numbers, ratings, job leases) comes from unique-index inserts here.
 */
export function createStoreOn(models: Models, clock: Clock) {
  return {
    conversations: conversationStore(models),
    messages: messageStore(models, clock),
    offices: officeStore(models),
    officeChanges: officeChangeStore(models),
    officers: officerStore(models),
    officerSlots: officerSlotStore(models),
    visitors: visitorStore(models),
    presence: presenceStore(models),
    visitorPresence: visitorPresenceStore(models),
    sessions: sessionStore(models),
    quotas: quotaStore(models),
    ratings: ratingStore(models),
    notes: noteStore(models),
    canned: cannedStore(models),
    faqAnswers: faqAnswerStore(models),
    jobRuns: jobRunStore(models),
    jobMarks: jobMarkStore(models),
    outboundMails: outboundMailStore(models),
    inboundMails: inboundMailStore(models),
    mailboxes: officeMailboxStore(models),
    reminders: reminderStore(models),
    privacy: privacyStore(models),
    files: fileStore(models),
    chatChannels: chatChannelStore(models),
    channelUpdates: channelUpdateStore(models),
    channelContacts: channelContactStore(models),
    channelDeliveries: channelDeliveryStore(models),
  };
}

export type Store = ReturnType<typeof createStoreOn>;

/** Registers the models on the connection, builds their indexes, and returns the store with them. */
export async function openStore(
  connection: DatabaseConnection,
  clock: Clock,
): Promise<{ store: Store; models: Models }> {
  const models = createModels(connection);
  await initModels(models);
  return { store: createStoreOn(models, clock), models };
}
