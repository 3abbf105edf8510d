import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { MyData } from './MyData.tsx';
import { MyDataPanel } from './MyDataPanel.tsx';

const t = translator('id');
const request = { id: 'a'.repeat(24), officeCode: '5102', createdAt: '2026-11-23T02:00:00.000Z' };

function show(confirmData: Parameters<typeof MyData>[0]['consultation']['confirmData']) {
  const requestData = vi.fn(async () => ({ ok: true as const, data: { requestId: request.id } }));
  render(<MyData t={t} zoneName="WITA" consultation={{ requestData, confirmData }} />);
  return { requestData };
}

describe('Data saya', () => {
  it('asks for a code, then offers the data to download', async () => {
    const confirmData = vi.fn(async () => ({
      ok: true as const,
      data: {
        request: { ...request, kind: 'export' as const, status: 'done' as const },
        data: { exportedAt: request.createdAt, guestBook: {} as never, conversations: [] },
      },
    }));
    const { requestData } = show(confirmData);
    fireEvent.click(screen.getByTestId('my-data-ask'));
    expect(requestData).toHaveBeenCalledWith('export', undefined);
    fireEvent.input(await screen.findByTestId('my-data-code'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('my-data-confirm'));
    expect((await screen.findByTestId('my-data-done')).textContent).toContain(
      'Data Anda siap: buku tamu dan 0 konsultasi.',
    );
    expect(screen.getByTestId('my-data-download').getAttribute('download')).toBe('data-saya.json');
    expect(confirmData).toHaveBeenCalledWith(request.id, '123456');
  });

  it('says when an erasure will be done, in the office’s time, and says so plainly when the code is wrong', async () => {
    const confirmData = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, problem: 'failed', code: 'BAD_REQUEST' })
      .mockResolvedValueOnce({
        ok: true,
        data: { request: { ...request, kind: 'erase', status: 'open', dueAt: '2026-11-26T02:00:00.000Z' } },
      });
    const { requestData } = show(confirmData);
    fireEvent.click(screen.getByTestId('my-data-erase'));
    fireEvent.click(screen.getByTestId('my-data-ask'));
    expect(requestData).toHaveBeenCalledWith('erase', undefined);
    fireEvent.input(await screen.findByTestId('my-data-code'), { target: { value: '000000' } });
    fireEvent.click(screen.getByTestId('my-data-confirm'));
    expect((await screen.findByRole('alert')).textContent).toBe('Kode tidak cocok. Periksa email Anda.');
    fireEvent.click(screen.getByTestId('my-data-confirm'));
    expect((await screen.findByTestId('my-data-done')).textContent).toContain('Kamis 26/11/2026');
  });

  it('fetches its inside only when the visitor opens it', async () => {
    const consultation = { requestData: vi.fn(), confirmData: vi.fn() };
    render(<MyDataPanel t={t} zoneName="WITA" consultation={consultation} />);
    expect(screen.queryByTestId('my-data-ask')).toBeNull();
    const panel = screen.getByTestId('my-data') as HTMLDetailsElement;
    panel.open = true;
    fireEvent(panel, new Event('toggle'));
    expect(await screen.findByTestId('my-data-ask')).toBeTruthy();
  });
});
