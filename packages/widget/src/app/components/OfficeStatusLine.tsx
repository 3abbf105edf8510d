import type { OfficePublic } from '@pst/protocol';
import type { Translate } from '../i18n/index.ts';
import { formatOpening } from '../lib/office-time.ts';

/** "Open · an officer is ready", or when closed, the next opening in the office's own time and zone. */
export function officeStatusText(t: Translate, office: OfficePublic, now: Date): string {
  if (office.available) return t('office.live');
  if (office.open) return t('office.away');
  if (!office.nextOpenAt) return t('office.closedNoNext');
  return t('office.closed', { when: formatOpening(t, new Date(office.nextOpenAt), now, office.zoneName) });
}

interface Props {
  t: Translate;
  office: OfficePublic;
  now?: Date;
}

/** Whether the desk serves now, as a dot and words (the dot alone would say nothing to a screen reader). */
export function OfficeStatusLine({ t, office, now = new Date() }: Props) {
  const state = office.available ? 'live' : office.open ? 'away' : 'closed';
  return (
    <p class="office-status" data-state={state}>
      <span class="dot" aria-hidden="true" />
      {officeStatusText(t, office, now)}
    </p>
  );
}
