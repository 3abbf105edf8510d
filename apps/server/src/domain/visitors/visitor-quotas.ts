import { AppError } from '../../errors.ts';
import type { DomainContext } from '../context.ts';

const REFUSED =
  'Terlalu banyak permintaan dari alamat atau kantor ini; coba lagi nanti. / Too many requests from this address or office; try again later.';

/**
 * Takes one guest book (`register`) or one new consultation (`start`) of the
 * client's IP address and of the office, for the window; throws RATE_LIMITED
 * when either has none left. Each use is a unique-index slot in the database,
 * so the figures hold exactly across nodes, on FerretDB too. A use refused by
 * the office gives the address's back, so an office's flood does not also
 * lock out its addresses.
 */
export async function takeVisitorQuota(
  ctx: DomainContext,
  kind: 'register' | 'start',
  from: { ip: string; office: string },
): Promise<void> {
  const { windowMs, registrationsPerIp, startsPerIp, registrationsPerOffice, startsPerOffice } =
    ctx.settings.visitorQuotas;
  const at = ctx.clock.now();
  const until = new Date(at.getTime() + windowMs);
  const { quotas } = ctx.store;
  const ipKey = `${kind}:ip:${from.ip}`;
  const ipSlot = await quotas.claim(ipKey, kind === 'register' ? registrationsPerIp : startsPerIp, at, until);
  if (ipSlot === undefined) throw new AppError('RATE_LIMITED', REFUSED);
  const officeKey = `${kind}:office:${from.office}`;
  const officeLimit = kind === 'register' ? registrationsPerOffice : startsPerOffice;
  if ((await quotas.claim(officeKey, officeLimit, at, until)) === undefined) {
    await quotas.release(ipKey, ipSlot);
    throw new AppError('RATE_LIMITED', REFUSED);
  }
}

/** Removes uses older than the window; a periodic job calls it. */
export function deleteExpiredVisitorQuotas(ctx: DomainContext): Promise<number> {
  return ctx.store.quotas.deleteExpired(ctx.clock.now());
}
