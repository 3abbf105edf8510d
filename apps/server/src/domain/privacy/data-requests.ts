import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { CompleteDataRequestInput, DataRequestKind, DataRequestView, VisitorDataExport } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { DataRequestRecord } from '../../store/privacy.ts';
import type { Id, VisitorRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { domainOf, newMessageId } from '../mail/addresses.ts';
import { senderOf } from '../mail/outbox.ts';
import { findOffice } from '../offices/office-status.ts';
import { toVisitorProfile } from '../visitors/visitor.service.ts';
import { eraseVisitor } from './erase.ts';

/** UU PDP: access, correction and restriction within 3×24 hours of a verified request. */
export const DATA_REQUEST_DUE_MS = 72 * 3_600_000;
const CODE_VALID_MS = 30 * 60_000;
const MAX_CODE_ATTEMPTS = 5;
const MAX_REQUESTS_PER_DAY = 5;

const hashCode = (requestId: string, code: string) => createHash('sha256').update(`${requestId}:${code}`).digest('hex');

export function toDataRequestView(request: DataRequestRecord, visitorName?: string): DataRequestView {
  return {
    id: request.id,
    officeCode: request.office,
    kind: request.kind,
    status: request.status,
    ...(request.details ? { details: request.details } : {}),
    createdAt: request.createdAt.toISOString(),
    ...(request.dueAt ? { dueAt: request.dueAt.toISOString() } : {}),
    ...(request.doneAt ? { doneAt: request.doneAt.toISOString() } : {}),
    ...(visitorName ? { visitorName } : {}),
  };
}

const codeWords = {
  access: 'melihat data Anda / see your data',
  export: 'mengunduh data Anda / download your data',
  correct: 'memperbaiki data Anda / correct your data',
  erase: 'menghapus data Anda / erase your data',
} satisfies Record<DataRequestKind, string>;

/**
 * A visitor asks about their data: the request is stored unverified and a one-time code (only its hash kept,
 * valid 30 minutes) goes to the guest book's e-mail, so only the owner of that address can go on.
 */
export async function requestData(
  ctx: DomainContext,
  visitor: VisitorRecord,
  input: { kind: DataRequestKind; details?: string | undefined },
): Promise<{ requestId: string }> {
  const now = ctx.clock.now();
  if (
    (await ctx.store.privacy.recentRequests(visitor.id, new Date(now.getTime() - 86_400_000))) >= MAX_REQUESTS_PER_DAY
  )
    throw new AppError('RATE_LIMITED', 'At most 5 data requests a day.');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const request = await ctx.store.privacy.createRequest({
    office: visitor.office,
    visitor: visitor.id,
    kind: input.kind,
    ...(input.details ? { details: input.details } : {}),
    codeHash: 'pending',
    codeExpiresAt: new Date(now.getTime() + CODE_VALID_MS),
    status: 'unverified',
    createdAt: now,
  });
  await ctx.store.privacy.updateRequest(request.id, { codeHash: hashCode(request.id, code) });
  const office = await findOffice(ctx, visitor.office);
  const { from } = await senderOf(ctx, office);
  const text = [
    `Kode untuk ${codeWords[input.kind]}: ${code}`,
    'Kode berlaku 30 menit. Jika Anda tidak memintanya, abaikan email ini. / The code is valid for 30 minutes. If you did not ask for it, ignore this e-mail.',
    `Pelayanan Statistik Terpadu (PST)\n${office.name}`,
  ].join('\n\n');
  await ctx.store.outboundMails.queue({
    key: `code:${request.id}`,
    office: office.code,
    kind: 'code',
    from,
    to: [{ name: visitor.name, address: visitor.email }],
    subject: `Kode verifikasi PST ${office.name} / Verification code`,
    text,
    html: `<!doctype html><html><body><p>${text.replaceAll('\n', '<br>')}</p></body></html>`,
    messageId: newMessageId(domainOf(from.address)),
    references: [],
    createdAt: now,
  });
  return { requestId: request.id };
}

/** Everything kept about the visitor: the guest book, consent, and every conversation with its messages. */
export async function exportVisitorData(ctx: DomainContext, visitor: VisitorRecord): Promise<VisitorDataExport> {
  const conversations = [];
  for (const id of await ctx.store.privacy.conversationsOf(visitor.id)) {
    const conversation = await ctx.store.conversations.byId(id);
    if (!conversation) continue;
    const messages = await ctx.store.messages.after(id, 0);
    conversations.push({
      id,
      createdAt: conversation.createdAt.toISOString(),
      status: conversation.status,
      ...(conversation.closedAt ? { closedAt: conversation.closedAt.toISOString() } : {}),
      ...(conversation.topic ? { topic: conversation.topic } : {}),
      ...(conversation.rating
        ? {
            rating: {
              score: conversation.rating.score,
              ...(conversation.rating.comment ? { comment: conversation.rating.comment } : {}),
            },
          }
        : {}),
      messages: messages.map((message) => ({
        author: message.author,
        ...(message.authorName ? { authorName: message.authorName } : {}),
        text: message.author === 'system' ? `[${message.event ?? 'system'}]` : message.text,
        at: message.at,
      })),
    });
  }
  return {
    exportedAt: ctx.clock.now().toISOString(),
    guestBook: {
      ...toVisitorProfile(visitor),
      ...(visitor.consentAt ? { consentAt: visitor.consentAt.toISOString() } : {}),
      ...(visitor.consentVersion ? { consentVersion: visitor.consentVersion } : {}),
    },
    conversations,
  };
}

/**
 * The code from the e-mail. Right: "see" and "download" are answered at once with the data; a correction
 * or an erasure goes to the office's queue, due in 3×24 hours. Wrong: refused, and after 5 wrong codes or
 * 30 minutes the request is dead.
 */
export async function confirmData(
  ctx: DomainContext,
  visitor: VisitorRecord,
  input: { requestId: Id; code: string },
): Promise<{ request: DataRequestView; data?: VisitorDataExport }> {
  const request = await ctx.store.privacy.request(input.requestId);
  if (!request || request.visitor !== visitor.id || request.status !== 'unverified') throw new AppError('NOT_FOUND');
  const now = ctx.clock.now();
  if (now > request.codeExpiresAt || request.attempts >= MAX_CODE_ATTEMPTS)
    throw new AppError('CONFLICT', 'The code has expired; ask again.');
  const given = Buffer.from(hashCode(request.id, input.code));
  if (!timingSafeEqual(given, Buffer.from(request.codeHash))) {
    await ctx.store.privacy.updateRequest(request.id, { attempts: request.attempts + 1 });
    throw new AppError('BAD_REQUEST', 'That code is not right.');
  }
  const answeredNow = request.kind === 'access' || request.kind === 'export';
  const verified = await ctx.store.privacy.updateRequest(request.id, {
    verifiedAt: now,
    dueAt: new Date(now.getTime() + DATA_REQUEST_DUE_MS),
    status: answeredNow ? 'done' : 'open',
    ...(answeredNow ? { doneAt: now } : {}),
  });
  if (!verified) throw new AppError('NOT_FOUND');
  // The code reached the guest book's mailbox: the address is theirs (see conversation.detail.ts, samePerson).
  await ctx.store.visitors.markEmailVerified(visitor.id, now);
  return {
    request: toDataRequestView(verified),
    ...(answeredNow ? { data: await exportVisitorData(ctx, visitor) } : {}),
  };
}

/** The office's open requests, soonest due first, with the visitor's name. */
export async function listDataRequests(ctx: DomainContext, office: string): Promise<DataRequestView[]> {
  const requests = await ctx.store.privacy.openRequests(office);
  return Promise.all(
    requests.map(async (request) => toDataRequestView(request, (await ctx.store.visitors.byId(request.visitor))?.name)),
  );
}

/** The office carries out a verified request: an erasure anonymises; a correction changes the named fields. */
export async function completeDataRequest(
  ctx: DomainContext,
  officer: { id: Id; offices: string[]; role: string },
  requestId: Id,
  input: CompleteDataRequestInput,
): Promise<DataRequestView> {
  const request = await ctx.store.privacy.request(requestId);
  if (!request || !(officer.role === 'admin' || officer.offices.includes(request.office)))
    throw new AppError('NOT_FOUND');
  if (request.status !== 'open') throw new AppError('CONFLICT', 'Only a verified, open request can be completed.');
  if (request.kind === 'erase') {
    await eraseVisitor(ctx, request.visitor, {
      reason: 'request',
      request: request.id,
      by: { kind: 'officer', id: officer.id },
    });
  } else if (request.kind === 'correct' && input.corrections) {
    await ctx.store.visitors.update(request.visitor, input.corrections);
  }
  const done = await ctx.store.privacy.updateRequest(request.id, {
    status: 'done',
    doneAt: ctx.clock.now(),
    doneBy: officer.id,
  });
  if (!done) throw new AppError('NOT_FOUND');
  return toDataRequestView(done);
}
