import type { OfficePublic, VisitorConversation } from '@pst/protocol';
import type { Translate } from '../i18n/index.ts';
import { formatDueDate } from '../lib/office-time.ts';

interface Props {
  t: Translate;
  office: OfficePublic | undefined;
  conversation: VisitorConversation;
}

/** The offline message arrived: the answer comes by e-mail, by this date (in the office's working days). */
export function OfflineSent({ t, office, conversation }: Props) {
  const days = office?.responseDeadlineDays ?? 3;
  const due = formatDueDate(t, new Date(conversation.dueAt), office?.zoneName ?? 'WIB');
  return (
    <p class="notice" role="status" data-testid="offline-sent">
      {t('offline.sent', { days, due })}
    </p>
  );
}
