import type { Language } from '../shared/frame-messages.ts';

/**
 * The loader's few words: [label, officer ready, nobody online, closed,
 * unreachable, unread noun]; the desk states are indices 1 to 4, as the
 * bubble's `data-s` (5, "not available on this page", is worded by the server
 * with the refusal, to keep these bytes). They live here, not in the chat UI's catalogue, because
 * the loader must stay within 2 KB and never load the UI's code. The test
 * beside them keeps both languages complete.
 */
export const loaderWords: Record<Language, string[]> = {
  id: [
    'Buka konsultasi statistik',
    'Petugas siap melayani.',
    'Petugas sedang tidak daring.',
    'Di luar jam layanan.',
    'Layanan tidak dapat dihubungi.',
    'pesan baru',
  ],
  en: [
    'Open statistical consultation',
    'An officer is online.',
    'No officer is online.',
    'Outside service hours.',
    'The service cannot be reached.',
    'new messages',
  ],
};
