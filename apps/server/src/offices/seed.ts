import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { hashPassword } from '../officers/password.ts';
import { type DemoOfficer, demoOfficers, seedOffices } from './seed-data.ts';

/**
 * On first start with an empty database: the five offices of the service
 * standards, each with one supervisor and two officers. Outside production the
 * officers get the public demo passwords (see `demoLogins`); in production
 * random ones nobody knows, to be reset with the admin CLI.
 */
export async function seedIfEmpty(ctx: AppContext): Promise<void> {
  if ((await ctx.models.Office.estimatedDocumentCount()) > 0) return;
  const demo = ctx.settings.env !== 'production';
  for (const seed of seedOffices) {
    await ctx.models.Office.create({
      code: seed.code,
      name: seed.name,
      timeZone: seed.timeZone,
      serviceHours: seed.serviceHours,
      closures: seed.closures,
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
      await ctx.models.Officer.create({ ...officer, passwordHash: await hashPassword(password) });
    }
  }
}

/** The demo accounts every development database is seeded with. */
export function demoLogins(): DemoOfficer[] {
  return seedOffices.flatMap((office) => demoOfficers(office.code));
}

/** The demo logins as a few lines for the console. */
export function describeLogins(accounts: DemoOfficer[]): string {
  const lines = ['Demo officer logins (development only; as seeded on the first start):'];
  for (const code of new Set(accounts.flatMap((account) => account.offices))) {
    const ofOffice = accounts.filter((account) => account.offices.includes(code));
    lines.push(`  ${code}  password ${ofOffice[0]?.password}  ${ofOffice.map((account) => account.email).join('  ')}`);
  }
  return lines.join('\n');
}
