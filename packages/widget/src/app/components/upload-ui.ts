// The upload machinery, loaded on the first file picked, dropped or pasted (a chunk of its own), so the chat
// UI that every opening loads stays within its budget.
export { createAttachments, uploadFile } from '@pst/client';
export { AttachmentList } from './AttachmentList.tsx';
