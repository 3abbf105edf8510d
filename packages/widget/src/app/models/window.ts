import { type ReadonlySignal, signal } from '@preact/signals';
import type { KeyValueStore } from '@pst/client';

export interface WindowModel {
  /** The host shows the window (always true when not embedded). */
  open: ReadonlySignal<boolean>;
  /** Officer and system messages that arrived while the window was minimised. */
  unread: ReadonlySignal<number>;
  /** The visitor wants a chime for new messages; remembered. */
  sound: ReadonlySignal<boolean>;
  setOpen(open: boolean): void;
  noteIncoming(): void;
  toggleSound(): void;
}

/** Whether the visitor is looking, and what to do about messages they might miss: count them, maybe chime. */
export function createWindowModel(deps: {
  initiallyOpen: boolean;
  store: KeyValueStore;
  /** The page itself is hidden (another tab). */
  pageHidden(): boolean;
  onUnread(count: number): void;
  chime(): void;
}): WindowModel {
  const open = signal(deps.initiallyOpen);
  const unread = signal(0);
  const sound = signal(deps.store.get('sound') === 'on');

  return {
    open,
    unread,
    sound,
    setOpen(next) {
      open.value = next;
      if (next && unread.value) {
        unread.value = 0;
        deps.onUnread(0);
      }
    },
    noteIncoming() {
      if (!open.value) {
        unread.value++;
        deps.onUnread(unread.value);
      }
      if (sound.value && (!open.value || deps.pageHidden())) deps.chime();
    },
    toggleSound() {
      sound.value = !sound.value;
      deps.store.set('sound', sound.value ? 'on' : 'off');
    },
  };
}
