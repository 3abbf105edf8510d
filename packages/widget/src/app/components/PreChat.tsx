import type { GuestBook, OfficePublic } from '@pst/protocol';
import { CONSENT_VERSION } from '@pst/protocol/constants';
import { useState } from 'preact/hooks';
import type { Language, Translate } from '../i18n/index.ts';
import { formatOpening } from '../lib/office-time.ts';
import type { SubmitResult } from '../models/consultation.ts';
import { Greeting } from './Greeting.tsx';
import { GuestBookForm } from './GuestBookForm.tsx';
import { LazyFaqSearch } from './LazyFaqSearch.tsx';

interface Props {
  t: Translate;
  lang: Language;
  office: OfficePublic | undefined;
  registered: boolean;
  onRegister(guestBook: GuestBook, question: string): Promise<SubmitResult>;
  onStart(question: string): Promise<SubmitResult>;
  onConsent(version: string): Promise<SubmitResult>;
}

/**
 * Before a conversation: the greeting, then the guest book and question, or,
 * when nobody can chat now, the same form as an offline message with what
 * the visitor should expect. The form keeps what was typed if the desk opens
 * or closes meanwhile.
 */
export function PreChat({ t, lang, office, registered, onRegister, onStart, onConsent }: Props) {
  const offline = office !== undefined && !office.available;
  const reason = !office
    ? ''
    : office.open
      ? t('offline.away')
      : office.nextOpenAt
        ? t('offline.closed', { when: formatOpening(t, new Date(office.nextOpenAt), new Date(), office.zoneName) })
        : '';
  // The FAQ comes first; its "ask an officer" (or an office without an FAQ) opens the guest book.
  const [asking, setAsking] = useState<string>();
  const faqFirst = asking === undefined && office?.hasFaq === true;
  return (
    <div class="prechat">
      {office && <Greeting text={office.greeting[lang] || office.greeting.id} />}
      {faqFirst && office ? (
        <LazyFaqSearch t={t} officeCode={office.code} onAsk={setAsking} />
      ) : (
        <GuestBookForm
          initialQuestion={asking}
          t={t}
          mode={offline ? 'offline' : 'live'}
          registered={registered}
          notice={
            offline && (
              <div class="notice">
                {reason && <p>{reason}</p>}
                <p>{t('offline.intro', { days: office.responseDeadlineDays })}</p>
              </div>
            )
          }
          privacy={{
            version: office?.privacyNoticeVersion ?? CONSENT_VERSION,
            ...(office ? { href: `/privacy/${office.code}?lang=${lang}` } : {}),
          }}
          onRegister={onRegister}
          onStart={onStart}
          onConsent={onConsent}
        />
      )}
    </div>
  );
}
