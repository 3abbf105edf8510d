import { useEffect, useState } from 'preact/hooks';
import type { ClosedPanel } from './ClosedPanel.tsx';

type Props = Parameters<typeof ClosedPanel>[0];

/**
 * The panel after the close (rating, transcript, a new consultation) is a chunk of its own, fetched when a
 * conversation closes: most page views never get there, and the chat UI stays within its budget.
 */
export function LazyClosedPanel(props: Props) {
  const [Panel, setPanel] = useState<typeof ClosedPanel>();
  useEffect(() => {
    void import('./ClosedPanel.tsx').then((loaded) => setPanel(() => loaded.ClosedPanel));
  }, []);
  return Panel ? <Panel {...props} /> : <p class="loading">{props.t('window.loading')}</p>;
}
