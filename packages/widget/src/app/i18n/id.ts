/** Indonesian: the default language, and the reference every other catalogue must match. */
export const id = {
  'window.title': 'Konsultasi Statistik',
  'window.close': 'Tutup jendela obrolan',
  'connection.connecting': 'Menghubungkan…',
  'connection.online': 'Terhubung',
  'connection.reconnecting': 'Menyambung ulang…',
  'connection.offline': 'Layanan tidak dapat dihubungi',
} as const;

export type MessageKey = keyof typeof id;
