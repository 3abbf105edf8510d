import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/index.ts';
import { WindowHeader } from './WindowHeader.tsx';

describe('WindowHeader', () => {
  it('shows the title in Indonesian and the office, and closes by its labelled button', () => {
    const onClose = vi.fn();
    render(<WindowHeader t={translator('id')} officeName="BPS Kabupaten Tabanan" onClose={onClose} />);
    expect(screen.getByRole('heading', { name: 'Konsultasi Statistik' })).toBeTruthy();
    expect(screen.getByText('BPS Kabupaten Tabanan')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tutup jendela obrolan' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('speaks English when asked', () => {
    render(<WindowHeader t={translator('en')} officeName="x" onClose={() => {}} />);
    expect(screen.getByRole('button', { name: 'Close the chat window' })).toBeTruthy();
  });
});
