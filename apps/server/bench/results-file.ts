import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');

/**
 * Replaces one `# Title` section of bench/results.md (up to the next `# ` heading) with `body`, or appends it:
 * each benchmark rewrites its own figures and leaves the others'.
 */
export function writeSection(title: string, body: string, file = resultsFile): void {
  const heading = `# ${title}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  const section = [heading, '', ...body.trimEnd().split('\n'), ''];
  if (start === -1) {
    writeFileSync(file, `${[...lines, ...(text.trim() ? [''] : []), ...section].join('\n').replace(/^\n+/, '')}`);
    return;
  }
  const next = lines.findIndex((line, i) => i > start && line.startsWith('# '));
  const end = next === -1 ? lines.length : next;
  writeFileSync(file, [...lines.slice(0, start), ...section, ...lines.slice(end)].join('\n'));
}
