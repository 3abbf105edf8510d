import type { Language } from '@pst/client';
import type { Message } from '@pst/protocol';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TranslateContext } from '../i18n/context.ts';
import { translator } from '../i18n/index.ts';
import { message } from '../testing/fixtures.ts';
import { MessageItem } from './MessageItem.tsx';

/** The words a system message shows in `lang`, without its time. */
function shown(lang: Language, changes: Partial<Message>) {
  const { unmount } = render(
    <TranslateContext.Provider value={translator(lang)}>
      <MessageItem message={message(3, { author: 'system', text: '', ...changes })} />
    </TranslateContext.Provider>,
  );
  const text = screen.getByTestId('message').firstChild?.textContent;
  unmount();
  return text;
}

describe('a system message', () => {
  it('is worded from its event and params in the officer’s language', () => {
    const assigned = { event: 'assigned', params: { officerName: 'Putu Ayu' } } as const;
    expect(shown('id', assigned)).toBe('Putu Ayu menerima percakapan ini.');
    expect(shown('en', assigned)).toBe('Putu Ayu took this chat.');
    const transferred = { event: 'transferred', params: { officerName: 'Kadek Sari' } } as const;
    expect(shown('id', transferred)).toBe('Percakapan dialihkan ke Kadek Sari.');
    expect(shown('en', transferred)).toBe('The chat was transferred to Kadek Sari.');
    expect(shown('en', { event: 'closed' })).toBe('The officer closed the chat.');
  });

  it('falls back to the wording without the officer when the param is missing', () => {
    expect(shown('id', { event: 'assigned' })).toBe('Petugas menerima percakapan ini.');
    expect(shown('en', { event: 'transferred', params: {} })).toBe('The chat was transferred to another officer.');
  });

  it('shows its text when it names no event', () => {
    expect(shown('id', { text: 'Catatan sistem' })).toBe('Catatan sistem');
  });
});

describe('a visitor’s or officer’s message', () => {
  it('makes http(s) addresses clickable, opening apart from the app, and keeps everything else text', () => {
    render(
      <TranslateContext.Provider value={translator('id')}>
        <MessageItem
          message={message(4, {
            author: 'visitor',
            text: 'Tabelnya https://tabanankab.bps.go.id/table?id=1. Bukan <b>ini</b> javascript:alert(1)',
          })}
        />
      </TranslateContext.Provider>,
    );
    const link = screen.getByRole('link', { name: 'https://tabanankab.bps.go.id/table?id=1' });
    expect(link.getAttribute('href')).toBe('https://tabanankab.bps.go.id/table?id=1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByTestId('message').textContent).toContain('<b>ini</b> javascript:alert(1)');
  });
});
