import type { ServiceSlot } from '@pst/protocol';

/**
 * The hosted chat page of one office (`/chat/:officeCode`, "PST From Anywhere"): the chat UI full page, the
 * office's name and service hours, and the page's own address as a link and a QR code for the office's posters.
 * Plain HTML with an external stylesheet and no script: the UI's CSP holds here too.
 */
export interface ChatPageOffice {
  code: string;
  name: string;
  zoneName: string;
  serviceHours: ServiceSlot[];
}

const WEEKDAYS = ['', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

/** The week's hours, consecutive days with the same hours on one line: "Senin–Jumat 08:00–15:30 WITA". */
export function hoursLines(slots: ServiceSlot[], zone: string): string[] {
  const byDay = new Map<number, string>();
  for (const slot of [...slots].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))) {
    const span = `${slot.start}–${slot.end}`;
    byDay.set(slot.weekday, byDay.has(slot.weekday) ? `${byDay.get(slot.weekday)}, ${span}` : span);
  }
  const lines: string[] = [];
  let first = 0;
  for (let day = 1; day <= 8; day++) {
    const same = day <= 7 && first && byDay.get(day) === byDay.get(first);
    if (same) continue;
    if (first && byDay.has(first)) {
      const days = day - 1 === first ? WEEKDAYS[first] : `${WEEKDAYS[first]}–${WEEKDAYS[day - 1]}`;
      lines.push(`${days} ${byDay.get(first)} ${zone}`);
    }
    first = day;
  }
  return lines;
}

export function chatPage(office: ChatPageOffice, pageUrl: string): string {
  const name = escapeHtml(office.name);
  const url = escapeHtml(pageUrl);
  const hours = hoursLines(office.serviceHours, office.zoneName);
  const hourItems = hours.length
    ? hours.map((line) => `<li>${escapeHtml(line)}</li>`).join('')
    : '<li>Belum ada jam layanan · <span lang="en">No service hours yet</span></li>';
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Konsultasi Statistik · ${name}</title>
<link rel="stylesheet" href="/chat/chat-page.css">
</head>
<body>
<header class="page-header">
  <h1 data-testid="chat-page-office">${name}</h1>
  <p>Konsultasi statistik daring (PST) · <span lang="en">Online statistical consultation</span></p>
</header>
<div class="page">
  <main>
    <iframe title="Obrolan konsultasi statistik · Statistical consultation chat" src="/widget/?office=${office.code}" data-testid="chat-page-frame"></iframe>
  </main>
  <aside aria-label="Jam layanan dan tautan · Service hours and link">
    <section>
      <h2>Jam layanan · <span lang="en">Service hours</span></h2>
      <ul data-testid="chat-page-hours">${hourItems}</ul>
      <p class="muted">Di luar jam layanan, pesan Anda dijawab lewat e-mail. · <span lang="en">Outside them, your message is answered by e-mail.</span></p>
    </section>
    <section>
      <h2>Bagikan · <span lang="en">Share</span></h2>
      <p><a href="${url}" data-testid="chat-page-link">${url}</a></p>
      <img src="/chat/${office.code}/qr.svg" width="168" height="168" alt="Kode QR ke ${url}" data-testid="chat-page-qr">
      <p><a href="/chat/${office.code}/qr.svg" download="konsultasi-pst-${office.code}.svg">Unduh kode QR untuk poster</a> · <span lang="en">QR code for posters</span></p>
    </section>
  </aside>
</div>
</body>
</html>
`;
}

export const chatPageCss = `:root { color-scheme: light dark; --text: #1f1f1f; --muted: #4a4a4a; --bg: #f4f6f9; --surface: #fff;
  --line: #d0d4d9; --link: #0b57a0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text);
  background: var(--bg); }
@media (prefers-color-scheme: dark) { :root { --text: #e8eaed; --muted: #b4bac2; --bg: #101418; --surface: #1b2026;
  --line: #3a424c; --link: #8ab4f8; } }
body { margin: 0; }
a { color: var(--link); overflow-wrap: anywhere; }
.page-header { padding: 12px 16px; background: #0b4f8a; color: #fff; }
.page-header h1 { margin: 0; font-size: 20px; }
.page-header p { margin: 2px 0 0; font-size: 14px; }
.page { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 16px; max-width: 1100px; margin: 16px auto;
  padding: 0 16px; }
main iframe { display: block; width: 100%; height: calc(100vh - 120px); min-height: 480px; border: 1px solid var(--line);
  border-radius: 10px; background: var(--surface); }
aside section { margin-bottom: 16px; padding: 12px 16px; background: var(--surface); border: 1px solid var(--line);
  border-radius: 10px; }
aside h2 { margin: 0 0 8px; font-size: 16px; }
aside ul { margin: 0 0 8px; padding-left: 18px; }
aside img { display: block; margin: 8px 0; background: #fff; padding: 8px; }
.muted { color: var(--muted); font-size: 13px; }
@media (max-width: 720px) { .page { grid-template-columns: 1fr; margin: 0; padding: 0; gap: 0; }
  main iframe { height: calc(100dvh - 72px); border: 0; border-radius: 0; } aside { padding: 12px; } }
`;

function escapeHtml(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
