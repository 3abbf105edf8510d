import { useEffect, useState } from 'preact/hooks';
import type { FaqSearch } from './FaqSearch.tsx';

type Props = Parameters<typeof FaqSearch>[0];

/** The FAQ search is a chunk of its own, fetched only for offices that have an FAQ (`hasFaq`). */
export function LazyFaqSearch(props: Props) {
  const [Search, setSearch] = useState<typeof FaqSearch>();
  useEffect(() => {
    void import('./FaqSearch.tsx').then(
      (loaded) => setSearch(() => loaded.FaqSearch),
      () => props.onAsk(''),
    );
  }, []);
  return Search ? <Search {...props} /> : <p class="loading">{props.t('window.loading')}</p>;
}
