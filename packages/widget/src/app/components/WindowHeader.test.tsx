import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { office } from '../test-support/fixtures.ts';
import { WindowHeader } from './WindowHeader.tsx';

describe('the window header', () => {
  it('shows the title, the office and whether it serves now; switches language and closes', () => {
    const onClose = vi.fn();
    const onToggleLanguage = vi.fn();
    render(
      <WindowHeader
        t={translator('id')}
        lang="id"
        office={office()}
        onToggleLanguage={onToggleLanguage}
        onClose={onClose}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Konsultasi Statistik' })).toBeTruthy();
    expect(screen.getByText('BPS Kabupaten Tabanan')).toBeTruthy();
    expect(screen.getByText('Buka · petugas siap melayani')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'EN: Switch to English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tutup jendela obrolan' }));
    expect(onToggleLanguage).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('when closed, gives the next opening in the office’s time and zone', () => {
    const closed = office({ open: false, available: false, nextOpenAt: '2026-11-24T00:00:00Z' });
    render(<WindowHeader t={translator('en')} lang="en" office={closed} onToggleLanguage={() => {}} />);
    expect(screen.getByText(/^Closed · opens (tomorrow|Tuesday|today)/).textContent).toContain('08:00 WITA');
    expect(screen.queryByRole('button', { name: 'Close the chat window' })).toBeNull();
  });
});
