import type { ConversationSummary, OfficerPresence } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import type { DeadlineOf } from '../lib/deadline.ts';
import { elapsed } from '../lib/time.ts';
import { DueLabel } from './DueLabel.tsx';
import { transferTargets } from './TransferDialog.tsx';

interface Props {
  chats: readonly ConversationSummary[];
  officers: readonly OfficerPresence[];
  now: number;
  deadlineOf: DeadlineOf;
  onOpen(id: string): void;
  onReassign(id: string, officerId: string): void;
}

/** Chats being served in the office: who serves whom, for how long, when due, and a reassignment per chat. */
export function ActiveChatsTable({ chats, officers, now, deadlineOf, onOpen, onReassign }: Props) {
  const t = useT();
  return (
    <section class="card wide" aria-labelledby="active-chats-title">
      <h2 id="active-chats-title">{t('supervisor.active', { n: chats.length })}</h2>
      {chats.length === 0 ? (
        <p class="muted">{t('supervisor.noActive')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('supervisor.visitor')}</th>
              <th>{t('supervisor.officer')}</th>
              <th>{t('supervisor.since')}</th>
              <th>{t('supervisor.due')}</th>
              <th>{t('supervisor.reassign')}</th>
            </tr>
          </thead>
          <tbody>
            {chats.map((chat) => {
              const targets = transferTargets(officers, chat.officerId);
              return (
                <tr key={chat.id}>
                  <td>
                    <button type="button" class="link" onClick={() => onOpen(chat.id)}>
                      {chat.visitor.name}
                    </button>
                    <div class="muted clamp">{chat.lastMessage ?? chat.question}</div>
                  </td>
                  <td>{chat.officerName ?? '—'}</td>
                  <td>{elapsed(t, chat.createdAt, now)}</td>
                  <td>
                    <DueLabel {...deadlineOf(chat)} />
                  </td>
                  <td>
                    <select
                      aria-label={t('supervisor.reassignTo', { name: chat.visitor.name })}
                      value=""
                      disabled={targets.length === 0}
                      onChange={(event) => {
                        const officerId = event.currentTarget.value;
                        if (officerId) onReassign(chat.id, officerId);
                      }}
                    >
                      <option value="">{targets.length === 0 ? t('supervisor.nobody') : t('supervisor.choose')}</option>
                      {targets.map((officer) => (
                        <option key={officer.id} value={officer.id}>
                          {officer.name}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
