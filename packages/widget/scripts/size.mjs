// Prints gzip and brotli sizes of the built front ends and fails over budget.
//   node scripts/size.mjs           the widget: loader and chat UI
//   node scripts/size.mjs --agent   the agent app (reported, no budget yet)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const KB = 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    // The build's precompressed copies are the same bytes again, not more of them.
    return /\.(br|gz)$/.test(name) ? [] : [full];
  });
}

function measure(list) {
  let gzip = 0;
  let brotli = 0;
  for (const file of list) {
    const bytes = readFileSync(file);
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes).length;
  }
  return { gzip, brotli };
}

const groups = [];
if (process.argv.includes('--agent')) {
  const dist = path.resolve(here, '../../../apps/agent/dist');
  groups.push({ name: 'agent app', files: files(dist) });
} else {
  const dist = path.resolve(here, '../dist');
  const loader = path.join(dist, 'widget.js');
  groups.push({ name: 'loader (widget.js)', files: [loader], budget: 2 * KB });
  // Chunks fetched on use, not on opening: the upload code (the first file picked, dropped or pasted) and
  // "Data saya" (opened by the visitor), the panel after the close, the English catalogue, the FAQ search (offices with an FAQ).
  const lazy = (f) => /^(upload-ui|MyData|ClosedPanel|en|FaqSearch)-/.test(path.basename(f));
  const ui = files(dist).filter((f) => f !== loader);
  groups.push({ name: 'chat UI (after opening)', files: ui.filter((f) => !lazy(f)), budget: 40 * KB });
  groups.push({
    name: 'code fetched on use (upload, Data saya, after the close, English, FAQ)',
    files: ui.filter(lazy),
  });
}

let over = false;
for (const group of groups) {
  const { gzip, brotli } = measure(group.files);
  const budget = group.budget ? ` / budget ${(group.budget / KB).toFixed(1)} KB gzip` : '';
  const fail = group.budget !== undefined && gzip > group.budget;
  over ||= fail;
  console.log(
    `${fail ? 'OVER ' : ''}${group.name}: ${(gzip / KB).toFixed(2)} KB gzip, ${(brotli / KB).toFixed(2)} KB brotli${budget}`,
  );
}
process.exit(over ? 1 : 0);
