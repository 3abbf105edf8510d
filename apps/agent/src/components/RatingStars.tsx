import { useT } from '../i18n/context.ts';

/** A visitor's 1–5 rating as five stars, read out as "Rating 4 of 5". */
export function RatingStars({ score }: { score: number }) {
  const t = useT();
  return (
    <span
      class="rating-stars"
      data-testid="rating"
      data-score={score}
      role="img"
      aria-label={t('rating.label', { score })}
    >
      {'★'.repeat(score)}
      <span class="muted">{'☆'.repeat(5 - score)}</span>
    </span>
  );
}
