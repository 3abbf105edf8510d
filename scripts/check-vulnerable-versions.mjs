// Fails when an installed version of a package on the network path is older than the first release that
// fixed a known advisory. `pnpm audit` needs an advisory database this machine cannot reach, so CI checks
// this pinned table instead; raise a minimum when a new advisory is published (README, "CI").
import { readdirSync } from 'node:fs';

/** Per package and major version: the lowest version without a known advisory, and why. */
const minimum = {
  'socket.io': { 4: ['4.6.2', 'unhandled "error" event crash (CVE-2024-38355)'] },
  'engine.io': { 6: ['6.4.2', 'uncaught exception on a crafted request (CVE-2023-31125)'] },
  'socket.io-parser': { 4: ['4.2.3', 'insufficient validation of packets (CVE-2023-32695)'] },
  ws: { 8: ['8.17.1', 'denial of service by many HTTP headers (CVE-2024-37890)'] },
  express: {
    4: ['4.20.0', 'XSS through res.redirect (CVE-2024-43796)'],
    5: ['5.0.0', 'first release line without it'],
  },
  mongoose: { 8: ['8.9.5', 'search injection through populate match (CVE-2025-23061)'] },
};

const parse = (version) => version.split(/[.+-]/).slice(0, 3).map(Number);
const older = (a, b) => {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return false;
};

/** Every installed version, from pnpm's store folder names (`name@version…`), transitive ones included. */
const installed = readdirSync(new URL('../node_modules/.pnpm/', import.meta.url)).flatMap((folder) => {
  const match = folder.match(/^(@?[^@]+)@(\d+\.\d+\.\d+)/);
  return match ? [{ name: match[1].replace('+', '/'), version: match[2] }] : [];
});

const problems = [];
for (const [name, lines] of Object.entries(minimum)) {
  const found = installed.filter((entry) => entry.name === name);
  if (found.length === 0) problems.push(`${name}: not installed (is the table out of date?)`);
  for (const { version } of found) {
    const line = lines[parse(version)[0]];
    if (!line) problems.push(`${name}@${version}: a major version the table does not know; add its minimum`);
    else if (older(version, line[0])) problems.push(`${name}@${version}: older than ${line[0]}, ${line[1]}`);
    else console.log(`ok  ${name}@${version} (minimum ${line[0]})`);
  }
}
if (problems.length > 0) {
  console.error(`Known-vulnerable or unchecked versions:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
