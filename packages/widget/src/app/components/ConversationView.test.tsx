import { memoryStore } from '@pst/client';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/both.ts';
import { createConsultation } from '../models/consultation.ts';
import { fakeTransport } from '../test-support/fake-transport.ts';
import { CONVERSATION_ID, conversation, message, office } from '../test-support/fixtures.ts';
import { ConversationView } from './ConversationView.tsx';

function setup(start = conversation({ status: 'queued', queuePosition: 3, officerName: undefined })) {
  const fake = fakeTransport();
  fake.answer('message:send', ({ clientMsgId, text }) => ({
    ok: true,
    data: message(2, { author: 'visitor', clientMsgId, text }),
  }));
  fake.answer('conversation:end', () => ({
    ok: true,
    data: conversation({ status: 'closed', closeReason: 'visitor_left' }),
  }));
  const consultation = createConsultation({ officeCode: '5102', transport: fake.transport, store: memoryStore() });
  consultation.conversation.open(start, [message(1, { author: 'visitor', text: 'Berapa penduduk?' })]);
  fake.up();
  render(<ConversationView t={translator('id')} office={office()} consultation={consultation} />);
  return { fake, consultation };
}

describe('a conversation on screen', () => {
  it('shows the place in the queue, live, then the officer’s name', () => {
    const { fake } = setup();
    expect(screen.getByTestId('queue-position').textContent).toBe('Anda nomor 3 dalam antrean.');
    act(() =>
      fake.push('conversation:updated', conversation({ status: 'queued', queuePosition: 1, officerName: undefined })),
    );
    expect(screen.getByTestId('queue-position').textContent).toBe('Anda nomor 1 dalam antrean.');
    act(() => fake.push('conversation:updated', conversation({ status: 'active', officerName: 'Ayu Lestari' })));
    expect(screen.queryByTestId('queue-position')).toBeNull();
    expect(screen.getByText('Anda dilayani oleh Ayu Lestari.')).toBeTruthy();
  });

  it('shows the officer typing, and tells the server the visitor types', () => {
    const { fake } = setup(conversation());
    expect(screen.queryByTestId('typing-indicator')).toBeNull();
    act(() => fake.push('typing:changed', { conversationId: CONVERSATION_ID, author: 'officer', typing: true }));
    expect(screen.getByTestId('typing-indicator').textContent).toContain('Ayu Lestari sedang mengetik…');
    act(() => fake.push('typing:changed', { conversationId: CONVERSATION_ID, author: 'officer', typing: false }));
    expect(screen.queryByTestId('typing-indicator')).toBeNull();

    const input = screen.getByRole('textbox', { name: 'Tulis pesan' });
    fireEvent.input(input, { target: { value: 'H' } });
    fireEvent.input(input, { target: { value: 'Ha' } });
    expect(fake.notifications).toEqual([
      { event: 'typing:set', payload: { conversationId: CONVERSATION_ID, typing: true } },
    ]);
  });

  it('sends with Enter; the message shows sending, then sent', async () => {
    const { fake } = setup(conversation());
    const input = screen.getByRole('textbox', { name: 'Tulis pesan' });
    fireEvent.input(input, { target: { value: '  Terima kasih  ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((input as HTMLTextAreaElement).value).toBe('');
    await waitFor(() => expect(screen.getAllByTestId('message')[1]?.dataset.delivery).toBe('sent'));
    expect(fake.requests.find((r) => r.event === 'message:send')?.payload).toMatchObject({ text: 'Terima kasih' });
    expect(screen.getAllByTestId('message')).toHaveLength(2);
  });

  it('does not send an empty message', () => {
    setup(conversation());
    const send = screen.getByRole('button', { name: 'Kirim' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.input(screen.getByRole('textbox', { name: 'Tulis pesan' }), { target: { value: '   ' } });
    expect(send.disabled).toBe(true);
  });

  it('ends after a confirmation, then offers the rating', async () => {
    setup(conversation());
    fireEvent.click(screen.getByRole('button', { name: 'Akhiri' }));
    expect(document.activeElement?.textContent).toBe('Batal');
    fireEvent.click(screen.getByRole('button', { name: 'Ya, akhiri' }));
    expect(await screen.findByTestId('chat-closed')).toBeTruthy();
    expect(screen.queryByTestId('message-input')).toBeNull();
    expect(screen.getByTestId('rating-submit')).toBeTruthy();
  });

  it('confirms an offline message with the e-mail deadline', () => {
    setup(conversation({ status: 'queued', offline: true, dueAt: '2026-11-26T16:30:00.000Z' }));
    expect(screen.getByTestId('offline-sent').textContent).toBe(
      'Pesan Anda sudah kami terima. Jawaban dikirim ke e-mail Anda paling lambat 3 hari kerja (Jumat 27/11/2026).',
    );
    expect(screen.queryByTestId('queue-position')).toBeNull();
  });

  it('announces a new officer message to screen readers, not the history', () => {
    const { fake } = setup(conversation());
    const live = document.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toBe('');
    act(() => fake.push('message:created', message(2, { text: 'Datanya ada di tabel 3.' })));
    expect(live.textContent).toBe('Pesan baru dari Ayu Lestari: Datanya ada di tabel 3.');
  });
});
