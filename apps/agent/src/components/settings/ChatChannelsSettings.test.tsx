import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TranslateContext } from '../../i18n/context.ts';
import { translator } from '../../i18n/index.ts';
import { ChatChannelsSettings } from './ChatChannelsSettings.tsx';

function show(channels: Parameters<typeof ChatChannelsSettings>[0]['channels']) {
  const onSave = vi.fn(async () => true);
  render(
    <TranslateContext.Provider value={translator('id')}>
      <ChatChannelsSettings channels={channels} chatOrigin="https://chat.bps.go.id" officeCode="5108" onSave={onSave} />
    </TranslateContext.Provider>,
  );
  return onSave;
}

describe('the chat apps section of the settings', () => {
  it('connects a Telegram bot in polling mode, the token typed as a password', async () => {
    const onSave = show([]);
    const token = screen.getByLabelText('Token bot (dari @BotFather)') as HTMLInputElement;
    expect(token.type).toBe('password');
    fireEvent.input(token, { target: { value: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ' } });
    fireEvent.change(screen.getByTestId('chat-channel-mode'), { target: { value: 'polling' } });
    fireEvent.click(screen.getByTestId('chat-channel-connect-telegram'));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith('telegram', {
        botToken: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        mode: 'polling',
      }),
    );
    expect(screen.getByText('Alamat webhook: https://chat.bps.go.id/hooks/whatsapp/5108')).toBeTruthy();
  });

  it('shows a connected channel’s status and last error, and disconnects it', async () => {
    const onSave = show([
      {
        channel: 'whatsapp',
        status: 'error',
        account: '106540352242922',
        mode: 'webhook',
        webhookUrl: 'https://chat.bps.go.id/hooks/whatsapp/5108',
        connectedAt: '2026-11-23T02:00:00.000Z',
        lastError: '190: Invalid OAuth access token',
        lastErrorAt: '2026-11-23T03:00:00.000Z',
      },
    ]);
    expect(screen.getByTestId('chat-channel-whatsapp').dataset.status).toBe('error');
    expect(screen.getByTestId('chat-channel-error-whatsapp').textContent).toContain('190: Invalid OAuth access token');
    fireEvent.click(screen.getByTestId('chat-channel-disconnect-whatsapp'));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('whatsapp', null));
  });
});
