import { randomBytes } from 'node:crypto';
import type { AppSettings, DomainContext } from '../context.ts';
import { hashPassword } from '../officers/password.ts';
import { alwaysOpenDemoOffice, type DemoOfficer, demoAdmin, demoOfficers, seedOffices } from './seed-data.ts';

/** The offices a database of this environment is seeded with: outside production, also the always-open demo. */
export function officesToSeed(env: AppSettings['env']) {
  return env === 'production' ? seedOffices : [...seedOffices, alwaysOpenDemoOffice];
}

/**
 * On first start with an empty database: the five offices of the service
 * standards, each with one supervisor and two officers. Outside production the
 * officers get the public demo passwords (see `demoLogins`), and the
 * always-open demo office and an admin are added; in production the officers
 * get random passwords nobody knows, to be reset with the admin CLI, and no
 * admin exists until one is created with the CLI.
 */
export async function seedIfEmpty(ctx: Pick<DomainContext, 'store' | 'settings'>): Promise<void> {
  if ((await ctx.store.offices.count()) > 0) return;
  const demo = ctx.settings.env !== 'production';
  for (const seed of officesToSeed(ctx.settings.env)) {
    await ctx.store.offices.create({
      code: seed.code,
      name: seed.name,
      timeZone: seed.timeZone,
      serviceHours: seed.serviceHours,
      closures: seed.closures,
      nationalHolidays: seed.nationalHolidays !== false,
      allowedOrigins: seed.allowedOrigins,
      complaintChannels: seed.complaintChannels,
      contacts: seed.contacts,
      routingMode: seed.routingMode,
      maxChatsPerOfficer: seed.maxChatsPerOfficer,
      inactivityCloseDays: seed.inactivityCloseDays,
      responseDeadlineDays: seed.responseDeadlineDays,
      widget: { colour: seed.colour, greeting: seed.greeting, position: 'right' },
    });
    for (const officer of demoOfficers(seed.code)) {
      const password = demo ? officer.password : randomBytes(24).toString('base64url');
      await ctx.store.officers.create({ ...officer, passwordHash: await hashPassword(password) });
    }
  }
  if (demo) {
    const admin = demoAdmin(officesToSeed(ctx.settings.env).map((office) => office.code));
    await ctx.store.officers.create({ ...admin, passwordHash: await hashPassword(admin.password) });
  }
}

/** The demo accounts every development database is seeded with: officers per office, then the admin. */
export function demoLogins(): DemoOfficer[] {
  const offices = officesToSeed('development');
  return [...offices.flatMap((office) => demoOfficers(office.code)), demoAdmin(offices.map((office) => office.code))];
}

/** The demo logins as a few lines for the console. */
export function describeLogins(accounts: DemoOfficer[]): string {
  const lines = ['Demo logins (development only; as seeded on the first start):'];
  const staff = accounts.filter((account) => account.role !== 'admin');
  for (const code of new Set(staff.flatMap((account) => account.offices))) {
    const ofOffice = staff.filter((account) => account.offices.includes(code));
    lines.push(`  ${code}  password ${ofOffice[0]?.password}  ${ofOffice.map((account) => account.email).join('  ')}`);
  }
  for (const admin of accounts.filter((account) => account.role === 'admin')) {
    lines.push(`  admin password ${admin.password}  ${admin.email}  (every office)`);
  }
  return lines.join('\n');
}

/** The README's four steps to a first live chat, with this server's addresses; the demo office is always open. */
export function describeFirstChat(base: string): string {
  const officer = demoOfficers(alwaysOpenDemoOffice.code)[1];
  return [
    `Try a live chat at any hour (demo office ${alwaysOpenDemoOffice.code} is open around the clock):`,
    `  1. Open the agent app: ${base}/agent/`,
    `  2. Sign in as ${officer?.email} with password ${officer?.password}`,
    '  3. Go online: click the status switch at the top ("Luring" becomes "Daring")',
    `  4. In another browser (or a private window) open ${base}/demo/${alwaysOpenDemoOffice.code}, click the chat bubble,`,
    '     fill in the guest book and send: the chat reaches the officer at once, under "Percakapan saya".',
  ].join('\n');
}
