import type { Connection } from 'mongoose';
import { createAccessLogModel } from './models/access-log.model.ts';
import { createAgentSocketModel } from './models/agent-socket.model.ts';
import { createCannedResponseModel } from './models/canned-response.model.ts';
import { createChannelContactModel } from './models/channel-contact.model.ts';
import { createChannelDeliveryModel } from './models/channel-delivery.model.ts';
import { createChannelUpdateModel } from './models/channel-update.model.ts';
import { createChatChannelModel } from './models/chat-channel.model.ts';
import { createConversationModel } from './models/conversation.model.ts';
import { createDataRequestModel } from './models/data-request.model.ts';
import { createErasureModel } from './models/erasure.model.ts';
import { createFaqAnswerModel } from './models/faq-answer.model.ts';
import { createInboundMailModel } from './models/inbound-mail.model.ts';
import { createJobMarkModel } from './models/job-mark.model.ts';
import { createJobRunModel } from './models/job-run.model.ts';
import { createLoginAttemptModel } from './models/login-attempt.model.ts';
import { createMailSendClaimModel } from './models/mail-send-claim.model.ts';
import { createMessageModel } from './models/message.model.ts';
import { createNoteModel } from './models/note.model.ts';
import { createOfficeModel } from './models/office.model.ts';
import { createOfficeChangeModel } from './models/office-change.model.ts';
import { createOfficeMailboxModel } from './models/office-mailbox.model.ts';
import { createOfficerModel } from './models/officer.model.ts';
import { createOfficerSlotModel } from './models/officer-slot.model.ts';
import { createOutboundMailModel } from './models/outbound-mail.model.ts';
import { createQuotaSlotModel } from './models/quota-slot.model.ts';
import { createRatingModel } from './models/rating.model.ts';
import { createReminderModel } from './models/reminder.model.ts';
import { createSessionModel } from './models/session.model.ts';
import { createStoredFileModel } from './models/stored-file.model.ts';
import { createTransitionModel } from './models/transition.model.ts';
import { createVisitorModel } from './models/visitor.model.ts';
import { createVisitorSocketModel } from './models/visitor-socket.model.ts';

/** Every model of the app, registered on one connection. Only the store uses them. */
export function createModels(connection: Connection) {
  return {
    Office: createOfficeModel(connection),
    OfficeChange: createOfficeChangeModel(connection),
    Officer: createOfficerModel(connection),
    Visitor: createVisitorModel(connection),
    Conversation: createConversationModel(connection),
    Transition: createTransitionModel(connection),
    OfficerSlot: createOfficerSlotModel(connection),
    Rating: createRatingModel(connection),
    Message: createMessageModel(connection),
    AgentSocket: createAgentSocketModel(connection),
    VisitorSocket: createVisitorSocketModel(connection),
    JobRun: createJobRunModel(connection),
    JobMark: createJobMarkModel(connection),
    Session: createSessionModel(connection),
    LoginAttempt: createLoginAttemptModel(connection),
    QuotaSlot: createQuotaSlotModel(connection),
    CannedResponse: createCannedResponseModel(connection),
    FaqAnswer: createFaqAnswerModel(connection),
    Note: createNoteModel(connection),
    DataRequest: createDataRequestModel(connection),
    Erasure: createErasureModel(connection),
    AccessLog: createAccessLogModel(connection),
    OutboundMail: createOutboundMailModel(connection),
    MailSendClaim: createMailSendClaimModel(connection),
    InboundMail: createInboundMailModel(connection),
    OfficeMailbox: createOfficeMailboxModel(connection),
    Reminder: createReminderModel(connection),
    StoredFile: createStoredFileModel(connection),
    ChatChannel: createChatChannelModel(connection),
    ChannelUpdate: createChannelUpdateModel(connection),
    ChannelContact: createChannelContactModel(connection),
    ChannelDelivery: createChannelDeliveryModel(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Builds every declared index now, so an index the server cannot build fails at start, not later. */
export async function initModels(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.init();
}
