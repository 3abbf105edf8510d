import { memoryStore } from '@pst/client';
import { describe, expect, it, vi } from 'vitest';
import { createWindowModel } from './window.ts';

function setup(options: { open?: boolean; hidden?: boolean } = {}) {
  const onUnread = vi.fn();
  const chime = vi.fn();
  const store = memoryStore();
  const model = createWindowModel({
    initiallyOpen: options.open ?? false,
    store,
    pageHidden: () => options.hidden ?? false,
    onUnread,
    chime,
  });
  return { model, onUnread, chime, store };
}

describe('the window model', () => {
  it('counts messages that arrive while minimised, for the bubble’s badge, and clears on open', () => {
    const { model, onUnread } = setup();
    model.noteIncoming();
    model.noteIncoming();
    expect(onUnread.mock.calls).toEqual([[1], [2]]);
    model.setOpen(true);
    expect(model.unread.value).toBe(0);
    expect(onUnread).toHaveBeenLastCalledWith(0);
    model.noteIncoming();
    expect(onUnread).toHaveBeenCalledTimes(3);
  });

  it('chimes only when the visitor asked for sound and is not looking, and remembers the choice', () => {
    const { model, chime, store } = setup({ open: true });
    model.noteIncoming();
    model.toggleSound();
    model.noteIncoming();
    expect(chime).not.toHaveBeenCalled();
    model.setOpen(false);
    model.noteIncoming();
    expect(chime).toHaveBeenCalledOnce();
    expect(store.get('sound')).toBe('on');
  });
});
