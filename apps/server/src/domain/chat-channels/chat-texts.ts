import type { Purpose } from '@pst/protocol';

// What the server says to a sender on a chat app, Indonesian first: the guest book, the queue, the rating.
// A chat app has no language switch, so each text carries its English after the Indonesian.

/** A button the sender taps instead of typing (Telegram inline keyboard, WhatsApp reply button or list). */
export interface Choice {
  id: string;
  label: string;
}

export const purposeChoices: Record<Purpose, string> = {
  data: 'Data',
  metadata: 'Metadata',
  klasifikasi: 'Klasifikasi',
  lainnya: 'Lainnya / Other',
};

export const chatTexts = {
  welcome: (office: string) =>
    `Selamat datang di layanan konsultasi statistik PST ${office}. Sebelum berkonsultasi, mohon isi buku tamu.\n` +
    `Welcome to the statistics consultation of PST ${office}. Please fill in the guest book first.\n\n` +
    'Siapa nama Anda? / Your name?',
  askEmail: 'Alamat e-mail aktif Anda? / Your e-mail address?',
  badEmail: 'Alamat e-mail tidak valid, mohon ketik ulang. / That e-mail address is not valid, please type it again.',
  askInstitution: 'Instansi atau universitas Anda? / Your institution or university?',
  askOccupation: 'Pekerjaan Anda? / Your occupation?',
  askPurpose: 'Tujuan konsultasi Anda? / The purpose of your consultation?',
  badAnswer: 'Jawaban belum sesuai, mohon pilih salah satu tombol. / Please choose one of the buttons.',
  tooLong: 'Jawaban terlalu panjang atau kosong, mohon ketik ulang. / Too long or empty, please type it again.',
  askConsent: (notice: { version: string; url?: string }) =>
    'Data buku tamu Anda (nama, e-mail, instansi, pekerjaan, tujuan) disimpan BPS untuk melayani konsultasi ' +
    'dan untuk evaluasi layanan, sesuai UU Pelindungan Data Pribadi. Anda dapat meminta salinan, perbaikan, atau ' +
    `penghapusannya kepada petugas.${notice.url ? ` Pemberitahuan privasi: ${notice.url}` : ''} ` +
    `(Persetujuan versi ${notice.version})\n` +
    'BPS stores your guest book to serve your consultation and evaluate the service. Do you agree?',
  consentRefused:
    'Tanpa persetujuan kami tidak dapat melayani konsultasi melalui chat ini. Kirim pesan apa saja untuk mulai lagi.\n' +
    'Without your consent we cannot serve you here. Send any message to start again.',
  registered: (name: string) =>
    `Terima kasih, ${name}. Buku tamu Anda tercatat. Silakan tulis pertanyaan Anda.\n` +
    'Thank you. Your guest book is saved. Please write your question.',
  queued:
    'Pertanyaan Anda sudah kami terima dan masuk antrean. Petugas akan membalas di sini.\n' +
    'We have your question; an officer will answer here.',
  queuedOffline:
    'Pertanyaan Anda sudah kami terima. Saat ini di luar jam pelayanan atau petugas belum tersedia; ' +
    'jawaban akan dikirim di sini pada jam pelayanan.\n' +
    'We have your question. The desk is closed or no officer is free now; the answer will come here.',
  mediaBeforeQuestion:
    'Mohon selesaikan buku tamu dan tulis pertanyaan Anda dahulu, lalu kirim berkasnya.\n' +
    'Please finish the guest book and write your question first, then send the file.',
  askRating:
    'Konsultasi Anda telah selesai. Bagaimana penilaian Anda atas layanan kami? (1 = sangat kurang, 5 = sangat baik)\n' +
    'Your consultation is closed. How would you rate our service? (1 = very poor, 5 = very good)',
  thanksForRating: 'Terima kasih atas penilaian Anda. / Thank you for your rating.',
  alreadyRated: 'Konsultasi ini sudah dinilai. / This consultation has been rated already.',
} as const;

export const consentChoices: Choice[] = [
  { id: 'consent:yes', label: 'Setuju / I agree' },
  { id: 'consent:no', label: 'Tidak / No' },
];

export const ratingChoices = (conversationId: string): Choice[] =>
  [1, 2, 3, 4, 5].map((score) => ({ id: `rate:${conversationId}:${score}`, label: '★'.repeat(score) }));
