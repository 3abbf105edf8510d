import { signal } from '@preact/signals';
import type { PresenceStatus } from '@pst/protocol';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/index.ts';
import { createFakeTransport } from '../testing/fake-transport.ts';
import { inbox, me } from '../testing/fixtures.ts';
import { fakeApi, fakePage, settle } from '../testing/harness.ts';
import { createWorkspaceModel } from './workspace.ts';

const offlineMe = { ...me, status: 'offline' as const };

/** A workspace whose socket has not connected yet; the fake server keeps the status it is given. */
function notYetConnected() {
  const fake = createFakeTransport();
  let serverStatus: PresenceStatus = 'offline';
  fake.handle('presence:set', ({ status }) => {
    serverStatus = status;
    return { ok: true, data: { ...offlineMe, status } };
  });
  fake.handle('inbox:sync', () => ({ ok: true, data: inbox({ me: { ...offlineMe, status: serverStatus } }) }));
  const workspace = createWorkspaceModel({
    transport: fake.transport,
    api: fakeApi(),
    page: fakePage(),
    me: offlineMe,
    openId: signal(null),
    navigate: vi.fn(),
    translate: () => translator('id'),
    onUnauthenticated: vi.fn(),
  });
  workspace.start();
  return { fake, workspace };
}

describe('presence chosen before the socket connects', () => {
  it('waits, shown as pending, and is sent once connected, before the catch-up', async () => {
    const { fake, workspace } = notYetConnected();
    await workspace.setPresence('online');
    expect(workspace.presence.pending.value).toBe('online');
    expect(workspace.inbox.me.value?.status).toBe('offline');
    expect(fake.sent.filter((entry) => entry.event === 'presence:set')).toEqual([]);
    expect(workspace.notice.value).toBeNull();

    fake.status({ kind: 'connected' });
    await settle();
    expect(fake.sent.map((entry) => entry.event).slice(0, 2)).toEqual(['presence:set', 'inbox:sync']);
    expect(fake.requests('presence:set')).toEqual([{ status: 'online' }]);
    expect(workspace.presence.pending.value).toBeNull();
    expect(workspace.inbox.me.value?.status).toBe('online');
  });

  it('sends only the newest of several choices', async () => {
    const { fake, workspace } = notYetConnected();
    await workspace.setPresence('online');
    await workspace.setPresence('away');
    fake.status({ kind: 'connected' });
    await settle();
    expect(fake.requests('presence:set')).toEqual([{ status: 'away' }]);
    expect(workspace.inbox.me.value?.status).toBe('away');
  });

  it('waits again when the link dropped just before the request left, and is sent on the reconnect', async () => {
    const { fake, workspace } = notYetConnected();
    fake.status({ kind: 'connected' });
    await settle();
    // The socket dropped but the model has not heard yet: the transport answers `offline` without sending.
    const dropped = fake.transport.request;
    fake.transport.request = (async () => ({
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'Not connected to the server.' },
      noAnswer: 'offline',
    })) as typeof dropped;
    await workspace.setPresence('online');
    expect(workspace.presence.pending.value).toBe('online');
    expect(workspace.notice.value).toBeNull();
    fake.transport.request = dropped;

    fake.status({ kind: 'lost' });
    fake.status({ kind: 'connected' });
    await settle();
    expect(fake.requests('presence:set')).toEqual([{ status: 'online' }]);
    expect(workspace.presence.pending.value).toBeNull();
    expect(workspace.inbox.me.value?.status).toBe('online');
  });

  it('shows a refusal once connected and no longer waits', async () => {
    const { fake, workspace } = notYetConnected();
    fake.handle('presence:set', () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } }));
    await workspace.setPresence('online');
    fake.status({ kind: 'connected' });
    await settle();
    expect(workspace.notice.value).toBe('FORBIDDEN');
    expect(workspace.presence.pending.value).toBeNull();
  });
});
