import { describe, expect, it, vi } from 'vitest';
import { createHostBridge, parseHostOrigin } from './bridge.ts';

const HOST = 'https://tabanankab.bps.go.id';

function setup(options: { hostOrigin?: string | undefined; ancestorOrigin?: string } = {}) {
  const self = new EventTarget() as unknown as Window;
  const parent = { postMessage: vi.fn() } as unknown as Window & { postMessage: ReturnType<typeof vi.fn> };
  const bridge = createHostBridge({
    hostOrigin: 'hostOrigin' in options ? options.hostOrigin : HOST,
    self,
    parent,
    ancestorOrigin: options.ancestorOrigin,
  });
  const received = vi.fn();
  bridge.onMessage(received);
  const deliver = (data: unknown, origin = HOST, source: unknown = parent) =>
    self.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  return { bridge, parent, received, deliver };
}

describe('the host bridge', () => {
  it('accepts the known messages from the pinned origin and the parent window', () => {
    const { received, deliver } = setup();
    deliver({ type: 'open' });
    deliver({ type: 'setLanguage', lang: 'en' });
    expect(received.mock.calls).toEqual([[{ type: 'open' }], [{ type: 'setLanguage', lang: 'en' }]]);
  });

  it('ignores a message from another origin or another window', () => {
    const { received, deliver } = setup();
    deliver({ type: 'open' }, 'https://evil.example');
    deliver({ type: 'open' }, 'http://tabanankab.bps.go.id');
    deliver({ type: 'open' }, HOST, {});
    expect(received).not.toHaveBeenCalled();
  });

  it('ignores a message of the wrong shape', () => {
    const { received, deliver } = setup();
    for (const data of [null, 'open', 42, { type: 'unknown' }, { type: 'setLanguage', lang: 'fr' }, { kind: 'open' }]) {
      deliver(data);
    }
    expect(received).not.toHaveBeenCalled();
  });

  it('posts only to the pinned origin, never to *', () => {
    const { bridge, parent } = setup();
    bridge.post({ type: 'unread', count: 2 });
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'unread', count: 2 }, HOST);
  });

  it('stays silent without a trustworthy host origin', () => {
    for (const options of [{ hostOrigin: undefined }, { ancestorOrigin: 'https://evil.example' }]) {
      const { bridge, parent, received, deliver } = setup(options);
      expect(bridge.enabled).toBe(false);
      bridge.post({ type: 'ready' });
      deliver({ type: 'open' });
      expect(parent.postMessage).not.toHaveBeenCalled();
      expect(received).not.toHaveBeenCalled();
    }
  });
});

describe('parseHostOrigin', () => {
  it('takes exactly an http(s) origin', () => {
    expect(parseHostOrigin(HOST)).toBe(HOST);
    expect(parseHostOrigin('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    for (const bad of [null, '', '*', 'null', `${HOST}/`, `${HOST}/page`, 'javascript:alert(1)', 'file:///x']) {
      expect(parseHostOrigin(bad)).toBeUndefined();
    }
  });
});
