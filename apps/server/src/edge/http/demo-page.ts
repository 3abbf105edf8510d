/**
 * A plain page that looks like a regency website, with the one script tag a
 * webmaster pastes and nothing else of ours.
 */
export function demoPage(officeCode: string, name: string): string {
  const officeName = escapeHtml(name);
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${officeName}</title>
<style>
  body { margin: 0; font-family: Georgia, serif; color: #222; background: #f4f4f0; }
  header { background: #0b4f8a; color: #fff; padding: 1rem 2rem; }
  main { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; }
  table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: .25rem .5rem; }
</style>
</head>
<body>
<header><h1>${officeName}</h1><p>Badan Pusat Statistik</p></header>
<main>
  <h2>Berita Resmi Statistik</h2>
  <p>Selamat datang di situs resmi ${officeName}. Butuh data, metadata, atau klasifikasi statistik?
     Klik tombol obrolan di pojok kanan bawah untuk berkonsultasi dengan petugas PST.</p>
  <table><tr><th>Indikator</th><th>Nilai</th></tr><tr><td>Jumlah penduduk (ribu)</td><td>476,8</td></tr></table>
</main>
<script src="/widget.js" data-office="${officeCode}" async></script>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
