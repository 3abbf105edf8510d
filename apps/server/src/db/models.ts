import type { Connection } from 'mongoose';
import { createLoginFailureModel } from '../auth/login-failure.model.ts';
import { createSessionModel } from '../auth/session.model.ts';
import { createCannedResponseModel } from '../canned/canned-response.model.ts';
import { createClaimModel } from '../conversations/claim.model.ts';
import { createConversationModel } from '../conversations/conversation.model.ts';
import { createRatingModel } from '../conversations/rating.model.ts';
import { createJobRunModel } from '../jobs/job-run.model.ts';
import { createMessageModel } from '../messages/message.model.ts';
import { createNoteModel } from '../notes/note.model.ts';
import { createOfficerModel } from '../officers/officer.model.ts';
import { createOfficeModel } from '../offices/office.model.ts';
import { createAgentSocketModel } from '../presence/agent-socket.model.ts';
import { createVisitorModel } from '../visitors/visitor.model.ts';

/** Every model of the app, registered on one connection. */
export function createModels(connection: Connection) {
  return {
    Office: createOfficeModel(connection),
    Officer: createOfficerModel(connection),
    Visitor: createVisitorModel(connection),
    Conversation: createConversationModel(connection),
    Claim: createClaimModel(connection),
    Rating: createRatingModel(connection),
    Message: createMessageModel(connection),
    AgentSocket: createAgentSocketModel(connection),
    JobRun: createJobRunModel(connection),
    Session: createSessionModel(connection),
    LoginFailure: createLoginFailureModel(connection),
    CannedResponse: createCannedResponseModel(connection),
    Note: createNoteModel(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Builds every declared index now, so an index the server cannot build fails at start, not later. */
export async function initModels(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.init();
}

/** MongoDB's duplicate-key error; FerretDB gives the code but not which key. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
