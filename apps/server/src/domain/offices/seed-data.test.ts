import {
  closureSchema,
  complaintChannelSchema,
  emailSchema,
  newPasswordSchema,
  officeCodeSchema,
  serviceSlotSchema,
  timeZoneSchema,
} from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { demoOfficers, seedOffices } from './seed-data.ts';

/** WCAG 2 contrast ratio of a '#rrggbb' colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('seed offices', () => {
  it('are the five offices of the seed documents, each once', () => {
    expect(seedOffices.map((office) => office.code)).toEqual(['5100', '5102', '5108', '7406', '7604']);
  });

  it.each(seedOffices.map((office) => [office.code, office] as const))(
    '%s parses with the protocol schemas',
    (_code, office) => {
      expect(officeCodeSchema.safeParse(office.code).success).toBe(true);
      expect(timeZoneSchema.parse(office.timeZone)).toBe('Asia/Makassar');
      for (const slot of office.serviceHours) expect(serviceSlotSchema.parse(slot)).toEqual(slot);
      for (const closure of office.closures) expect(closureSchema.parse(closure)).toEqual(closure);
      for (const channel of office.complaintChannels) expect(complaintChannelSchema.parse(channel)).toEqual(channel);
      expect(office.serviceHours.length).toBeGreaterThan(0);
      expect(office.complaintChannels.length).toBeGreaterThan(0);
      expect(office.allowedOrigins.every((origin) => new URL(origin).origin === origin)).toBe(true);
      expect(contrastWithWhite(office.colour)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('lists SP4N-LAPOR only for the offices whose seed does', () => {
    const withLapor = seedOffices.filter((o) => o.complaintChannels.some((c) => c.kind === 'lapor')).map((o) => o.code);
    expect(withLapor).toEqual(['5102', '7604']);
  });

  it('routes Tabanan manually and the others automatically', () => {
    expect(seedOffices.filter((office) => office.routingMode === 'manual').map((office) => office.code)).toEqual([
      '5102',
    ]);
  });
});

describe('demoOfficers', () => {
  it.each(seedOffices.map((office) => office.code))('%s has one supervisor and two officers', (code) => {
    const accounts = demoOfficers(code);
    expect(accounts.map((account) => account.role).sort()).toEqual(['officer', 'officer', 'supervisor']);
    expect(accounts.map((account) => account.email)).toEqual([
      `supervisor.${code}@demo.pst.local`,
      `petugas1.${code}@demo.pst.local`,
      `petugas2.${code}@demo.pst.local`,
    ]);
    for (const account of accounts) {
      expect(emailSchema.parse(account.email)).toBe(account.email);
      expect(newPasswordSchema.parse(account.password)).toBe(`demo-${code}-pst`);
      expect(account.offices).toEqual([code]);
    }
  });
});
