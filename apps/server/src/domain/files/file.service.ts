import type { Readable } from 'node:stream';
import { cleanText, defaultFileKinds, type FileRef, MAX_FILE_NAME_LENGTH } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { ConversationRecord, FileRecord, Id, OfficeRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { findOffice } from '../offices/office-status.ts';
import { CheckedFileStream, notAllowed, tooLarge } from './checked-stream.ts';
import { kindOf } from './sniff.ts';

export type Uploader = { kind: 'visitor' | 'officer'; id: Id } | { kind: 'system' };

const RATE_LIMITED =
  'Terlalu banyak berkas dalam waktu singkat; coba lagi nanti. / Too many files in a short time; try again later.';

export function acceptedKinds(office: OfficeRecord) {
  return office.fileKinds ?? defaultFileKinds;
}

/** A name safe to show and to put in a header: no path, no controls, not too long, never empty. */
export function cleanFileName(name: string): string {
  const base = cleanText(name).split(/[\\/]/).pop() ?? '';
  const single = base.replace(/[\n\t"]/g, ' ').trim();
  return (single || 'berkas').slice(-MAX_FILE_NAME_LENGTH);
}

export function toFileRef(file: FileRecord): FileRef {
  return { id: file.id, name: file.name, kind: file.kind, size: file.size };
}

/** One upload of the visitor (or, for officers, none) and one of the office, for the window. */
async function takeFileQuota(ctx: DomainContext, uploader: Uploader, office: string): Promise<void> {
  if (uploader.kind === 'system') return;
  const { windowMs, perVisitor, perOffice } = ctx.settings.files;
  const at = ctx.clock.now();
  const until = new Date(at.getTime() + windowMs);
  const { quotas } = ctx.store;
  let visitorSlot: { key: string; slot: number } | undefined;
  if (uploader.kind === 'visitor') {
    const key = `file:visitor:${uploader.id}`;
    const slot = await quotas.claim(key, perVisitor, at, until);
    if (slot === undefined) throw new AppError('RATE_LIMITED', RATE_LIMITED);
    visitorSlot = { key, slot };
  }
  if ((await quotas.claim(`file:office:${office}`, perOffice, at, until)) === undefined) {
    if (visitorSlot) await quotas.release(visitorSlot.key, visitorSlot.slot);
    throw new AppError('RATE_LIMITED', RATE_LIMITED);
  }
}

/**
 * Stores a file for a conversation from a stream, checking while it flows: at most `settings.files.maxBytes`
 * (refused at the first byte over, before the rest is read), and a kind the office accepts, recognised from
 * the content. The caller has checked that the uploader may write in the conversation.
 */
export async function uploadFile(
  ctx: DomainContext,
  conversation: ConversationRecord,
  uploader: Uploader,
  input: { name: string; source: Readable; declaredBytes?: number | undefined },
): Promise<FileRef> {
  if (conversation.status === 'closed') throw new AppError('CONVERSATION_CLOSED');
  const office = await findOffice(ctx, conversation.office);
  const allowed = acceptedKinds(office);
  if (allowed.length === 0) throw notAllowed(allowed);
  const { maxBytes } = ctx.settings.files;
  if (input.declaredBytes !== undefined && input.declaredBytes > maxBytes) {
    throw new AppError('FILE_TOO_LARGE', tooLarge(maxBytes));
  }
  await takeFileQuota(ctx, uploader, office.code);
  const name = cleanFileName(input.name);
  const checked = new CheckedFileStream(maxBytes, allowed);
  input.source.on('error', (error) => checked.destroy(error));
  input.source.on('close', () => {
    if (!input.source.readableEnded) checked.destroy(new AppError('BAD_REQUEST', 'The upload was broken off.'));
  });
  const id = await ctx.store.files.writeBytes(input.source.pipe(checked), name);
  const kind = kindOf(checked.head, checked.tail);
  if (!kind || !allowed.includes(kind)) {
    await ctx.store.files.discardBytes(id);
    throw notAllowed(allowed);
  }
  const file = await ctx.store.files.record({
    id,
    office: office.code,
    conversationId: conversation.id,
    uploader,
    name,
    kind,
    size: checked.size,
    at: ctx.clock.now(),
  });
  return toFileRef(file);
}

/**
 * The files a message is sent with: each uploaded to this conversation by this same author, else
 * NOT_FOUND (so nobody attaches, and so reads, a file that is not theirs).
 */
export async function filesForMessage(
  ctx: DomainContext,
  conversation: ConversationRecord,
  author: { kind: 'visitor' | 'officer'; id: Id },
  ids: Id[] | undefined,
): Promise<FileRef[]> {
  if (!ids || ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const found = await ctx.store.files.byIds(unique);
  const byId = new Map(found.map((file) => [file.id, file]));
  return unique.map((id) => {
    const file = byId.get(id);
    const theirs =
      file?.conversationId === conversation.id && file.uploader.kind === author.kind && file.uploader.id === author.id;
    if (!file || !theirs) throw new AppError('NOT_FOUND', 'Berkas tidak ditemukan. / No such file.');
    return toFileRef(file);
  });
}

/**
 * A file with its conversation, for the edge to ask the access policy who may read it (the conversation's
 * own visitor, officers of its office), and a way to open its bytes. NOT_FOUND when there is none.
 */
export async function findFile(
  ctx: DomainContext,
  id: Id,
): Promise<{ file: FileRecord; conversation: ConversationRecord | undefined; open: () => Readable }> {
  const file = await ctx.store.files.byId(id);
  if (!file) throw new AppError('NOT_FOUND');
  const conversation = await ctx.store.conversations.byId(file.conversationId);
  return { file, conversation, open: () => ctx.store.files.openRead(file.id) };
}
