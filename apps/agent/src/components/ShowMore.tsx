import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';

/** Lines drawn at first and added per press: a long queue stays cheap to re-render while messages arrive. */
export const LIST_STEP = 50;

/** The first `limit` items of a long list, and a way to draw the next step. */
export function useCapped<T>(items: readonly T[], step = LIST_STEP) {
  const [limit, setLimit] = useState(step);
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    more: Math.max(0, items.length - limit),
    showMore: () => setLimit((current) => current + step),
  };
}

/** The button under a capped list, naming how many lines are not drawn yet. */
export function ShowMore({ more, onShow }: { more: number; onShow(): void }) {
  const t = useT();
  if (more === 0) return null;
  return (
    <button type="button" class="link" data-testid="list-more" onClick={onShow}>
      {t('list.more', { n: more })}
    </button>
  );
}
