import { type FrameToHost, type HostToFrame, parseHostToFrame } from '../../shared/frame-messages.ts';

export interface HostBridge {
  /** False when not framed, or the host origin is missing or not to be trusted: nothing is posted then. */
  readonly enabled: boolean;
  post(message: FrameToHost): void;
  onMessage(listener: (message: HostToFrame) => void): () => void;
  dispose(): void;
}

/** The `host` URL parameter as an origin, if it is exactly an http(s) origin. */
export function parseHostOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The chat UI's line to the page that embeds it. It posts only to the host
 * origin pinned at load (never `*`), and accepts a message only from that
 * origin, from the parent window, and in one of the known shapes.
 */
export function createHostBridge(deps: {
  hostOrigin: string | undefined;
  self: Window;
  parent: Window;
  /** What the browser says embeds us (location.ancestorOrigins, where supported). */
  ancestorOrigin?: string | undefined;
}): HostBridge {
  const { hostOrigin, self, parent } = deps;
  // The loader names the host; where the browser can tell, it must agree.
  const enabled =
    hostOrigin !== undefined &&
    parent !== self &&
    (deps.ancestorOrigin === undefined || deps.ancestorOrigin === hostOrigin);
  const listeners = new Set<(message: HostToFrame) => void>();

  function receive(event: MessageEvent): void {
    if (!enabled || event.origin !== hostOrigin || event.source !== parent) return;
    const message = parseHostToFrame(event.data);
    if (!message) return;
    for (const listener of listeners) listener(message);
  }
  self.addEventListener('message', receive);

  return {
    enabled,
    post(message) {
      if (enabled && hostOrigin) parent.postMessage(message, hostOrigin);
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose: () => self.removeEventListener('message', receive),
  };
}
