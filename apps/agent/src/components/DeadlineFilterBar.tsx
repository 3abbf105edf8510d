import { useT } from '../i18n/context.ts';
import type { DeadlineFilter } from '../lib/deadline.ts';

interface Props {
  filter: DeadlineFilter;
  counts: { overdue: number; today: number };
  onFilter(filter: DeadlineFilter): void;
}

/** All, Overdue, Due today: narrows the queue and "Mine" lists by deadline. */
export function DeadlineFilterBar({ filter, counts, onFilter }: Props) {
  const t = useT();
  const options: { id: DeadlineFilter; label: string; count?: number }[] = [
    { id: 'all', label: t('deadline.filterAll') },
    { id: 'overdue', label: t('deadline.filterOverdue'), count: counts.overdue },
    { id: 'today', label: t('deadline.filterToday'), count: counts.today },
  ];
  return (
    <fieldset class="deadline-filter">
      <legend class="sr-only">{t('deadline.filter')}</legend>
      {options.map(({ id, label, count }) => (
        <button
          key={id}
          type="button"
          data-testid={`deadline-filter-${id}`}
          aria-pressed={filter === id}
          onClick={() => onFilter(id)}
        >
          {label}
          {count ? <span class={id === 'overdue' ? 'count badge' : 'count'}>{count}</span> : null}
        </button>
      ))}
    </fieldset>
  );
}
