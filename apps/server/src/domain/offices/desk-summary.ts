import type { DomainContext } from '../context.ts';
import { isAvailable, officeLoad } from '../presence/presence.service.ts';
import { officeStatus } from './office-status.ts';
import { formatLocal } from './service-hours.ts';

/**
 * One line per office for the start banner: is the desk open now, and is an
 * officer online to take a live chat. A newcomer who sees "closed" knows why
 * the widget offers only an offline message.
 */
export async function describeDesks(ctx: DomainContext): Promise<string> {
  const offices = await ctx.store.offices.all();
  const lines = ['Desks now (a live chat needs the desk open and an officer online in the agent app):'];
  for (const office of offices) {
    const status = await officeStatus(ctx, office);
    const online = (await officeLoad(ctx, office)).filter(isAvailable).length;
    const desk = status.open
      ? 'open  '
      : `closed${status.nextOpenAt ? `, opens ${formatLocal(new Date(status.nextOpenAt), office.timeZone, 'en')}` : ''}`;
    lines.push(`  ${office.code}  ${desk}  officers online: ${online}  ${office.name}`);
  }
  return lines.join('\n');
}
