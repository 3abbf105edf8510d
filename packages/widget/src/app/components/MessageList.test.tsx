import type { OutboxEntry } from '@pst/client';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { CONVERSATION_ID, message } from '../test-support/fixtures.ts';
import { MessageList } from './MessageList.tsx';

const t = translator('id');
const pending = (clientMsgId: string, state: OutboxEntry['state'], text = 'tunggu'): OutboxEntry => ({
  clientMsgId,
  conversationId: CONVERSATION_ID,
  text,
  at: '2026-11-23T02:05:00.000Z',
  state,
});

describe('the transcript', () => {
  it('shows who wrote each message and when; system messages in the visitor’s language', () => {
    const at = '2026-11-23T02:05:00.000Z';
    const local = new Date(at);
    const time = `${String(local.getHours()).padStart(2, '0')}.${String(local.getMinutes()).padStart(2, '0')}`;
    render(
      <MessageList
        t={translator('en')}
        messages={[
          message(1, { author: 'visitor', text: 'Halo', at }),
          message(2, { author: 'system', event: 'assigned', text: 'Petugas Ayu melayani Anda.', at }),
          message(3, { author: 'officer', text: 'Selamat siang', at }),
        ]}
        pending={[]}
        onRetry={() => {}}
      />,
    );
    const items = screen.getAllByTestId('message');
    expect(items.map((item) => item.dataset.author)).toEqual(['visitor', 'system', 'officer']);
    expect(items[0]?.textContent).toContain(`You ${time.replace('.', ':')}`);
    expect(items[1]?.textContent).toContain('An officer has joined and is serving you.');
    expect(items[2]?.textContent).toContain('Ayu Lestari');
  });

  it('warns the visitor in their language, a day before a silent consultation closes itself', () => {
    const warning = message(4, { author: 'system', event: 'auto_close_warning', text: '' });
    render(<MessageList t={t} messages={[warning]} pending={[]} onRetry={() => {}} />);
    expect(screen.getByTestId('message').textContent).toContain(
      'Tanpa balasan, konsultasi ini akan ditutup otomatis dalam satu hari.',
    );
  });

  it('links only http(s) addresses, safely, and never renders markup', () => {
    const text = 'Data: https://bps.go.id/x <img src=x onerror=alert(1)> javascript:alert(1) <b>tebal</b>';
    const { container } = render(
      <MessageList t={t} messages={[message(1, { text })]} pending={[]} onRetry={() => {}} />,
    );
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://bps.go.id/x');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('message').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows sending, sent and failed, and retries a failed message', () => {
    const onRetry = vi.fn();
    render(
      <MessageList
        t={t}
        messages={[message(1, { author: 'visitor', clientMsgId: 'stored-1' })]}
        pending={[pending('stored-1', 'sending'), pending('wait-2', 'sending'), pending('fail-3', 'failed', 'gagal')]}
        onRetry={onRetry}
      />,
    );
    const items = screen.getAllByTestId('message');
    // The confirmed copy replaces its pending one: three messages, not four.
    expect(items.map((item) => item.dataset.delivery)).toEqual(['sent', 'sending', 'failed']);
    expect(within(items[1] as HTMLElement).getByText('Mengirim…')).toBeTruthy();
    fireEvent.click(within(items[2] as HTMLElement).getByRole('button', { name: 'Kirim ulang' }));
    expect(onRetry).toHaveBeenCalledWith('fail-3');
  });

  it('shows "sent" in words on the latest confirmed message', () => {
    render(
      <MessageList
        t={t}
        messages={[message(1, { author: 'visitor' }), message(2, { author: 'visitor' })]}
        pending={[]}
        onRetry={() => {}}
      />,
    );
    expect(screen.getAllByText('Terkirim')).toHaveLength(1);
  });

  it('keeps a reader’s place in history and offers a way to the new messages', () => {
    const props = { t, pending: [], onRetry: () => {} };
    const { rerender } = render(<MessageList {...props} messages={[message(1)]} />);
    const scroller = screen.getByRole('region', { name: 'Percakapan' });
    // The visitor scrolled up to read: far from the end.
    Object.defineProperties(scroller, {
      scrollHeight: { configurable: true, value: 2000 },
      clientHeight: { configurable: true, value: 300 },
    });
    scroller.scrollTop = 100;
    fireEvent.scroll(scroller);
    rerender(<MessageList {...props} messages={[message(1), message(2)]} />);
    expect(scroller.scrollTop).toBe(100);
    fireEvent.click(screen.getByRole('button', { name: /Pesan baru/ }));
    expect(scroller.scrollTop).toBe(2000);
    expect(screen.queryByRole('button', { name: /Pesan baru/ })).toBeNull();
  });

  it('words a system message from its event and params in the reader’s language, also without a param', () => {
    const at = '2026-11-23T02:05:00.000Z';
    const system = { author: 'system', text: '', at } as const;
    const messages = [
      message(1, { ...system, event: 'assigned', params: { officerName: 'Ayu Lestari' } }),
      message(2, { ...system, event: 'transferred', params: { officerName: 'Kadek Sari' } }),
      message(3, { ...system, event: 'transferred' }),
    ];
    const texts = (lang: 'id' | 'en') => {
      const { unmount } = render(
        <MessageList t={translator(lang)} messages={messages} pending={[]} onRetry={() => {}} />,
      );
      const found = screen.getAllByTestId('message').map((item) => item.querySelector('.message-text')?.textContent);
      unmount();
      return found;
    };
    expect(texts('id')).toEqual([
      'Petugas Ayu Lestari melayani Anda.',
      'Konsultasi Anda dialihkan ke petugas Kadek Sari.',
      'Konsultasi Anda dialihkan ke petugas lain.',
    ]);
    expect(texts('en')).toEqual([
      'Officer Ayu Lestari is serving you.',
      'Your consultation was transferred to officer Kadek Sari.',
      'Your consultation was transferred to another officer.',
    ]);
  });
});
