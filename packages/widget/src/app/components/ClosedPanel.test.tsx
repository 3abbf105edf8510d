import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { conversation } from '../test-support/fixtures.ts';
import { ClosedPanel } from './ClosedPanel.tsx';

const t = translator('id');
const closed = conversation({ status: 'closed', closeReason: 'resolved' });

describe('after the chat closed', () => {
  it('asks for a score before sending, then sends the score and comment, and thanks', async () => {
    const onRate = vi.fn(async () => ({ ok: true as const }));
    render(<ClosedPanel t={t} conversation={closed} onRate={onRate} onTranscript={vi.fn()} onStartOver={() => {}} />);
    expect(screen.getByTestId('chat-closed').textContent).toContain('Konsultasi ini sudah selesai.');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penilaian' }));
    expect(screen.getByRole('alert').textContent).toBe('Pilih nilai 1 sampai 5.');
    expect(onRate).not.toHaveBeenCalled();

    expect(screen.getByRole('radiogroup', { name: 'Seberapa puas Anda dengan layanan ini?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '4 dari 5' }));
    expect(screen.getByRole('radio', { name: '4 dari 5' })).toHaveProperty('checked', true);
    fireEvent.input(screen.getByLabelText('Komentar (opsional)'), { target: { value: 'Cepat dan jelas' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penilaian' }));
    expect((await screen.findByTestId('rating-thanks')).textContent).toContain('Terima kasih atas penilaian Anda.');
    expect(onRate).toHaveBeenCalledWith(4, 'Cepat dan jelas');
    expect(screen.queryByTestId('rating-submit')).toBeNull();
  });

  it('thanks at once when the conversation is rated already, and offers a new consultation', () => {
    const onStartOver = vi.fn();
    render(
      <ClosedPanel
        t={t}
        conversation={{ ...closed, rating: { score: 5, at: closed.createdAt } }}
        onRate={vi.fn()}
        onTranscript={vi.fn()}
        onStartOver={onStartOver}
      />,
    );
    expect(screen.getByTestId('rating-thanks').textContent).toContain('Penilaian Anda: 5 dari 5.');
    fireEvent.click(screen.getByRole('button', { name: 'Mulai konsultasi baru' }));
    expect(onStartOver).toHaveBeenCalledOnce();
  });

  it('keeps the form and says so when the rating could not be sent', async () => {
    render(
      <ClosedPanel
        t={t}
        conversation={closed}
        onRate={async () => ({ ok: false, problem: 'notConnected' })}
        onTranscript={vi.fn()}
        onStartOver={() => {}}
      />,
    );
    fireEvent.click(screen.getByTestId('rating-star-2'));
    fireEvent.click(screen.getByTestId('rating-submit'));
    expect((await screen.findByRole('alert')).textContent).toBe(t('error.notConnected'));
    expect(screen.queryByTestId('rating-thanks')).toBeNull();
  });

  it('asks for the transcript by e-mail once, when the box is ticked, and says it is on its way', async () => {
    const onTranscript = vi.fn(async () => ({ ok: true as const }));
    render(
      <ClosedPanel t={t} conversation={closed} onRate={vi.fn()} onTranscript={onTranscript} onStartOver={() => {}} />,
    );
    const box = screen.getByRole('checkbox', { name: 'Kirim transkrip percakapan ke email saya' });
    fireEvent.click(box);
    expect((await screen.findByTestId('transcript-sent')).textContent).toBe('Transkrip dikirim ke email Anda.');
    expect(box).toHaveProperty('checked', true);
    expect(box).toHaveProperty('disabled', true);
    expect(onTranscript).toHaveBeenCalledOnce();
  });

  it('leaves the box unticked with the reason when the transcript could not be asked for', async () => {
    render(
      <ClosedPanel
        t={t}
        conversation={{ ...closed, rating: { score: 4, at: closed.createdAt } }}
        onRate={vi.fn()}
        onTranscript={async () => ({ ok: false, problem: 'notConnected' })}
        onStartOver={() => {}}
      />,
    );
    fireEvent.click(screen.getByTestId('transcript-request'));
    expect((await screen.findByRole('alert')).textContent).toBe(t('error.notConnected'));
    expect(screen.getByTestId('transcript-request')).toHaveProperty('checked', false);
  });
});
