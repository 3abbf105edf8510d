import { escapeHtml } from './demo-page.ts';

/**
 * The office's privacy notice as a plain page the guest book links to: its text escaped, blank lines parting
 * paragraphs, the version the visitor consents to named at the end.
 */
export function privacyNoticePage(
  officeName: string,
  lang: 'id' | 'en',
  notice: { version: string; id: string; en: string },
): string {
  const title = lang === 'en' ? 'Privacy notice' : 'Pemberitahuan privasi';
  const paragraphs = notice[lang]
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replaceAll('\n', '<br>')}</p>`)
    .join('\n');
  const version = lang === 'en' ? 'Version' : 'Versi';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${escapeHtml(officeName)}</title>
</head>
<body>
<main>
<h1>${title}</h1>
<p><strong>${escapeHtml(officeName)}</strong></p>
${paragraphs}
<p><small>${version}: ${escapeHtml(notice.version)}</small></p>
</main>
</body>
</html>
`;
}
