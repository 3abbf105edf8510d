import type { CannedResponse } from '@pst/protocol';
import { useT } from '../i18n/context.ts';

interface Props {
  items: readonly CannedResponse[];
  active: number;
  onPick(item: CannedResponse): void;
}

/** The office's canned responses matching the `/shortcut` being typed; Enter or Tab takes the highlighted one. */
export function CannedSuggestions({ items, active, onPick }: Props) {
  const t = useT();
  return (
    <ul class="canned" id="canned-suggestions" aria-label={t('reply.canned')}>
      {items.map((item, index) => (
        <li key={item.id}>
          <button
            type="button"
            tabIndex={-1}
            class={index === active ? 'active' : undefined}
            data-testid="canned-response"
            // mousedown, not click: picking must not blur the reply box first.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(item);
            }}
          >
            <strong>/{item.shortcut}</strong> <span class="muted ellipsis">{item.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
