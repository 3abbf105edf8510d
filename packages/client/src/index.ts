// @pst/client: the client layer the widget and the agent app share. Zod-free: it imports only types and
// `@pst/protocol/constants` from the protocol (dependency-rule.test.ts keeps it so).
export type { Language } from '@pst/protocol/constants';
export { coalesce } from './coalesce.ts';
export { type Attachment, type Attachments, type AttachmentsDeps, createAttachments } from './files/attachments.ts';
export { fileUrl, formatFileSize } from './files/file-url.ts';
export {
  type Upload,
  type UploadRequest,
  type UploadResult,
  uploadFile,
} from './files/upload.ts';
export { systemMessageText } from './i18n/system-message.ts';
export { type Catalogues, createTranslator, fill, placeholders, type Translate, type Vars } from './i18n/translator.ts';
export { newClientMsgId } from './ids.ts';
export { splitLinks, type TextPart } from './links.ts';
export {
  createOutbox,
  messagePayload,
  type Outbox,
  type OutboxDeps,
  type OutboxEntry,
  type SendOutcome,
} from './outbox/outbox.ts';
export { type SendOutcomeOptions, sendOutcome } from './outbox/send-outcome.ts';
export { type KeyValueStore, memoryStore, readJson, writeJson } from './storage.ts';
export { type CatchUpDeps, createCatchUp, type SyncQuery } from './transcript/catch-up.ts';
export { contiguousSeq, mergeMessages } from './transcript/merge.ts';
export { createTranscript, type Transcript } from './transcript/transcript.ts';
export { createSocketTransport, type SocketTransportOptions } from './transport/socket-transport.ts';
export {
  type ConnectionState,
  isUnanswered,
  type NoAnswer,
  type NotifyEvent,
  type Payload,
  type Reply,
  type RequestData,
  type RequestEvent,
  type Transport,
  type TransportStatus,
  type Unanswered,
  unanswered,
} from './transport/transport.ts';
