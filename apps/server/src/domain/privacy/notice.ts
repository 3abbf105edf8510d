import { CONSENT_VERSION } from '@pst/protocol';
import type { OfficeRecord } from '../../store/records.ts';

/**
 * The privacy notice shipped for offices that have not written their own (UU PDP 27/2022, art. 20–22: the purpose,
 * the data, how long it is kept, who sees it, and the visitor's rights). Plain text; blank lines part paragraphs.
 */
export function defaultNotice(officeName: string): { id: string; en: string } {
  return {
    id: [
      `${officeName} (pengendali data) mengumpulkan data buku tamu Anda (nama, e-mail, nomor telepon, instansi, pekerjaan, keperluan) dan isi konsultasi untuk menjawab pertanyaan Anda, mengirim jawaban ke e-mail Anda, dan menyusun laporan evaluasi layanan. Dasar pemrosesannya adalah persetujuan Anda.`,
      'Data hanya dilihat oleh petugas PST kantor ini. Setiap akses petugas dicatat. Data tidak dijual dan tidak dibagikan kepada pihak lain, kecuali diwajibkan undang-undang.',
      'Transkrip dan buku tamu disimpan selama masa retensi kantor (bawaan dua tahun), lalu dianonimkan; angka statistik layanan (jumlah, waktu, nilai) tetap disimpan tanpa identitas.',
      'Sesuai UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda berhak melihat, mengunduh, memperbaiki, dan menghapus data Anda melalui menu "Data saya" di jendela obrolan. Permintaan ditindaklanjuti paling lambat 3×24 jam setelah kode verifikasi dari e-mail dimasukkan.',
    ].join('\n\n'),
    en: [
      `${officeName} (the data controller) collects your guest book (name, e-mail, phone number, institution, occupation, purpose) and the text of the consultation to answer your question, to send answers to your e-mail, and to compile the service evaluation reports. The basis is your consent.`,
      "Only this office's PST officers see the data, and every officer's access is logged. It is not sold or shared with anyone else unless the law requires it.",
      "Transcripts and guest books are kept for the office's retention period (two years by default), then anonymised; the service statistics (counts, times, ratings) stay without identity.",
      'Under Law No. 27 of 2022 on Personal Data Protection you may see, download, correct and erase your data through "My data" in the chat window. A request is acted on within 3×24 hours after you enter the code sent to your e-mail.',
    ].join('\n\n'),
  };
}

/** The notice the office shows now, with its version: the office's own (`<code>-r<n>`) or the shipped default. */
export function privacyNoticeOf(office: OfficeRecord): { version: string; id: string; en: string; updatedAt?: string } {
  const own = office.privacyNotice;
  if (!own) return { version: CONSENT_VERSION, ...defaultNotice(office.name) };
  return { version: `${office.code}-r${own.revision}`, id: own.id, en: own.en, updatedAt: own.updatedAt.toISOString() };
}
