import type { Message } from '@pst/protocol';
import type { OfficeRecord } from '../../store/records.ts';

// The words of every mail the server sends: Indonesian first, then English, in the same mail (a visitor's
// language is not known when they write by e-mail). Plain text and a simple HTML twin of it.

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Paragraphs of plain text as HTML: every character escaped, line breaks kept. */
function toHtml(paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`).join('\n');
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${body}</body></html>`;
}

function content(subject: string, paragraphs: string[]): MailContent {
  return { subject, text: `${paragraphs.join('\n\n')}\n`, html: toHtml(paragraphs) };
}

const signature = (office: OfficeRecord) => `Pelayanan Statistik Terpadu (PST)\n${office.name}`;

/** An officer's answer to a consultation the visitor is not watching live. */
export function answerMail(
  office: OfficeRecord,
  input: { subject?: string; officerName?: string; text: string; question: string },
): MailContent {
  return content(input.subject ?? `Jawaban konsultasi PST ${office.name} / Answer to your PST consultation`, [
    input.text,
    `— ${input.officerName ?? 'Petugas PST'}, ${office.name}`,
    'Balas email ini untuk melanjutkan konsultasi. / Reply to this e-mail to continue the consultation.',
    `Pertanyaan Anda / Your question:\n${input.question}`,
    signature(office),
  ]);
}

const systemWords: Record<string, string> = {
  assigned: 'Petugas bergabung / An officer joined',
  transferred: 'Dialihkan ke petugas lain / Transferred to another officer',
  requeued: 'Kembali ke antrean / Back in the queue',
  closed: 'Konsultasi ditutup / Consultation closed',
  auto_closed: 'Ditutup otomatis karena tidak ada balasan / Closed for lack of reply',
  visitor_left: 'Pengunjung mengakhiri obrolan / The visitor ended the chat',
};

/** The whole conversation, as the visitor asked for it at the close. */
export function transcriptMail(
  office: OfficeRecord,
  input: { visitorName: string; messages: Message[]; formatTime: (iso: string) => string },
): MailContent {
  const lines = input.messages.map((message) => {
    const who =
      message.author === 'visitor'
        ? input.visitorName
        : message.author === 'officer'
          ? (message.authorName ?? 'Petugas')
          : 'Sistem';
    const text = message.author === 'system' ? (systemWords[message.event ?? ''] ?? message.event ?? '') : message.text;
    return `[${input.formatTime(message.at)}] ${who}:\n${text}`;
  });
  return content(`Transkrip konsultasi PST ${office.name} / Transcript of your PST consultation`, [
    'Berikut transkrip konsultasi Anda. / Here is the transcript of your consultation.',
    ...lines,
    signature(office),
  ]);
}

/** A deadline reminder to an officer or a supervisor. */
export function reminderMail(
  office: OfficeRecord,
  input: { overdue: boolean; visitorName: string; question: string; due: string; link: string },
): MailContent {
  const what = input.overdue
    ? `Konsultasi melewati tenggat ${input.due} / A consultation is past its deadline ${input.due}`
    : `Konsultasi jatuh tempo ${input.due} / A consultation is due ${input.due}`;
  return content(`[PST ${office.name}] ${what}`, [
    what,
    `${input.visitorName}: ${input.question}`,
    input.link,
    signature(office),
  ]);
}
