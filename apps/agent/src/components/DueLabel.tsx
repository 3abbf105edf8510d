import type { OfficeDesk } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import { type DeadlineView, formatOfficeTime } from '../lib/deadline.ts';

interface Props {
  view: DeadlineView;
  desk: OfficeDesk | undefined;
}

/** The due date in the office's zone, and whether it is overdue, due today, paused or was missed. */
export function DueLabel({ view, desk }: Props) {
  const t = useT();
  const at = formatOfficeTime(view.dueAt, desk, t.lang);
  const [state, text] = view.paused
    ? ['paused', t('deadline.paused')]
    : view.overdue
      ? ['overdue', t('deadline.overdue', { at })]
      : view.dueToday
        ? ['today', t('deadline.today', { at })]
        : view.late
          ? ['late', t('deadline.late', { at })]
          : ['due', t('deadline.due', { at })];
  return (
    <span class={`due due-${state}`} data-testid="due-date" data-state={state}>
      {text}
    </span>
  );
}
