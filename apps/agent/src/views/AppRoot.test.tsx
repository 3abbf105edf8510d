import type { OfficerSelf } from '@pst/protocol';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../lib/api.ts';
import { createAppModel } from '../models/app.ts';
import { createFakeTransport, type FakeTransport } from '../testing/fake-transport.ts';
import { ids, inbox, me, summary } from '../testing/fixtures.ts';
import { fakeApi, fakePage, settle } from '../testing/harness.ts';
import { AppRoot } from './AppRoot.tsx';

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.location.hash = '';
});

function start(signedIn: boolean, self: OfficerSelf = me) {
  const api = fakeApi();
  api.me.mockImplementation(async () => {
    if (signedIn) return self;
    throw new ApiFailure('UNAUTHENTICATED', 401, 'Sign in first.');
  });
  api.login.mockImplementation(async (_email: string, password: string) => {
    if (password === 'demo-5102-pst') return me;
    throw new ApiFailure('UNAUTHENTICATED', 401, 'wrong');
  });
  const transports: FakeTransport[] = [];
  const app = createAppModel({
    makeApi: () => api,
    makeTransport: () => {
      const fake = createFakeTransport();
      fake.handle('inbox:sync', () => ({ ok: true, data: inbox({ mine: [summary()] }) }));
      transports.push(fake);
      return fake.transport;
    },
    page: fakePage(),
    win: window,
  });
  app.start();
  render(<AppRoot app={app} />);
  return { app, api, transports };
}

describe('AppRoot', () => {
  it('signs in, shows the connection state, and signs out', async () => {
    const { api, transports } = start(false);
    fireEvent.input(await screen.findByLabelText('Email'), { target: { value: 'petugas1.5102@demo.pst.local' } });
    fireEvent.input(screen.getByLabelText('Kata sandi'), { target: { value: 'salah' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Email atau kata sandi salah.');

    fireEvent.input(screen.getByLabelText('Kata sandi'), { target: { value: 'demo-5102-pst' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    const state = await screen.findByTestId('connection-state');
    expect(state.textContent).toBe('Menghubungkan…');
    act(() => transports[0]?.status({ kind: 'connected' }));
    expect(state.textContent).toBe('Terhubung');
    expect(await screen.findByTestId('conversation-item')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Keluar' }));
    expect(await screen.findByRole('button', { name: 'Masuk' })).toBeTruthy();
    expect(api.logout).toHaveBeenCalledOnce();
  });

  it('returns to the login when the session expires, keeping the draft for after the next sign-in', async () => {
    window.location.hash = `#/chat/${ids.chat1}`;
    const { app, transports } = start(true);
    await screen.findByTestId('connection-state');
    act(() => transports[0]?.status({ kind: 'connected' }));
    app.drafts.set(ids.chat1, 'Data ada di tabel 3.1');
    act(() => transports[0]?.status({ kind: 'refused', code: 'UNAUTHENTICATED' }));
    expect((await screen.findByRole('status')).textContent).toContain('Sesi Anda berakhir');
    expect(screen.getByRole('button', { name: 'Masuk' })).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'petugas1.5102@demo.pst.local' } });
    fireEvent.input(screen.getByLabelText('Kata sandi'), { target: { value: 'demo-5102-pst' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await screen.findByTestId('connection-state');
    expect(transports).toHaveLength(2);
    expect(app.drafts.get(ids.chat1)).toBe('Data ada di tabel 3.1');
    expect(app.route.conversationId.value).toBe(ids.chat1);
  });

  it('switches to English and remembers the choice', async () => {
    const { app } = start(true);
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(window.localStorage.getItem('pst-agent:language')).toBe('en');
    await settle();
    expect(app.language.value).toBe('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('takes a go-online click made before the socket connects, shows it waiting, and applies it once connected', async () => {
    const { transports } = start(true, { ...me, status: 'offline' });
    const toggle = await screen.findByTestId('presence-toggle');
    const fake = transports[0] as FakeTransport;
    fake.handle('presence:set', ({ status }) => ({ ok: true, data: { ...me, status } }));
    expect(screen.getByTestId('connection-state').textContent).toBe('Menghubungkan…');

    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.textContent).toBe('Daring · menunggu sambungan'));
    expect(toggle.getAttribute('data-pending')).toBe('online');
    expect(toggle.getAttribute('data-status')).toBe('offline');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(fake.requests('presence:set')).toEqual([]);

    act(() => fake.status({ kind: 'connected' }));
    await waitFor(() => expect(toggle.getAttribute('data-status')).toBe('online'));
    expect(toggle.textContent).toBe('Daring');
    expect(toggle.hasAttribute('data-pending')).toBe(false);
    expect(fake.requests('presence:set')).toEqual([{ status: 'online' }]);
  });
});
