/** The app's keyboard shortcuts: Alt plus a letter, matched by physical key so any layout works. */
export interface ShortcutHandlers {
  /** Alt+N: the next chat of Mine, unread first. */
  nextChat(): void;
  /** Alt+A: accept the visitor first in line. */
  acceptNext(): void;
  /** Alt+C: close the open chat (asks for the topic first). */
  closeChat(): void;
}

const keys: Record<string, keyof ShortcutHandlers> = { KeyN: 'nextChat', KeyA: 'acceptNext', KeyC: 'closeChat' };

/** Listens on `target` until the returned function is called. */
export function bindShortcuts(target: EventTarget, handlers: ShortcutHandlers): () => void {
  const onKey = (event: Event) => {
    const key = event as KeyboardEvent;
    if (!key.altKey || key.ctrlKey || key.metaKey) return;
    const action = keys[key.code];
    if (!action) return;
    key.preventDefault();
    handlers[action]();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
