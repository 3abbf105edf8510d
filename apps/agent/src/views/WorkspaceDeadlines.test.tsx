import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClosedListModel } from '../models/closed-list.ts';
import { detail, ids, inbox, reminder, summary } from '../testing/fixtures.ts';
import { type HarnessOptions, workspaceHarness } from '../testing/harness.ts';
import { WorkspaceView } from './WorkspaceView.tsx';

// Monday 23 November 2026, 10:07 WITA. Tabanan (WITA) closes at 16:00.
const NOW = Date.parse('2026-11-23T02:07:00.000Z');

async function show(options: HarnessOptions = {}) {
  const harness = await workspaceHarness(options);
  render(
    <WorkspaceView
      me={harness.me}
      workspace={harness.workspace}
      drafts={harness.drafts}
      closedList={createClosedListModel(harness.api)}
      now={NOW}
    />,
  );
  return harness;
}

const mine = [
  summary({ id: ids.chat1, dueAt: '2026-11-23T01:00:00.000Z', visitor: { ...summary().visitor, name: 'Terlambat' } }),
  summary({ id: ids.chat2, dueAt: '2026-11-23T08:00:00.000Z', visitor: { ...summary().visitor, name: 'Hari Ini' } }),
  summary({ id: ids.chat3, dueAt: '2026-11-26T08:00:00.000Z', visitor: { ...summary().visitor, name: 'Kamis' } }),
];

const names = () =>
  screen.queryAllByTestId('conversation-item').map((item) => item.querySelector('strong')?.textContent);

describe('deadlines in the workspace', () => {
  it('shows each due date in office time and filters Overdue and Due today', async () => {
    await show({ snapshot: inbox({ mine }) });
    const labels = screen.getAllByTestId('due-date');
    expect(labels.map((label) => label.getAttribute('data-state'))).toEqual(['overdue', 'today', 'due']);
    expect(labels[0]?.textContent).toBe('Lewat tenggat Sen 23 Nov 09.00 WITA');
    expect(labels[2]?.textContent).toBe('Tenggat Kam 26 Nov 16.00 WITA');

    const overdue = screen.getByTestId('deadline-filter-overdue');
    expect(overdue.textContent).toBe('Lewat tenggat1');
    fireEvent.click(overdue);
    expect(overdue.getAttribute('aria-pressed')).toBe('true');
    expect(names()).toEqual(['Terlambat']);
    fireEvent.click(screen.getByTestId('deadline-filter-today'));
    expect(names()).toEqual(['Hari Ini']);
    fireEvent.click(screen.getByTestId('deadline-filter-all'));
    expect(names()).toEqual(['Terlambat', 'Hari Ini', 'Kamis']);
  });

  it('does not count a paused chat as overdue', async () => {
    await show({
      snapshot: inbox({
        mine: [summary({ dueAt: '2026-11-23T01:00:00.000Z', deadlinePausedAt: '2026-11-20T02:00:00.000Z' })],
      }),
    });
    expect(screen.getByTestId('due-date').getAttribute('data-state')).toBe('paused');
    fireEvent.click(screen.getByTestId('deadline-filter-overdue'));
    expect(names()).toEqual([]);
    expect(screen.getByText('Tidak ada percakapan untuk saringan ini.')).toBeTruthy();
  });

  it('shows reminders, new ones as they come, and dismisses them', async () => {
    const harness = await show({ snapshot: inbox({ mine, reminders: [reminder()] }) });
    harness.fake.handle('reminder:dismiss', () => ({ ok: true, data: null }));
    const panel = screen.getByRole('region', { name: 'Pengingat' });
    expect(within(panel).getAllByTestId('reminder')[0]?.textContent).toContain(
      'Made Wirawan, tenggat Kam 26 Nov 16.00 WITA',
    );
    act(() =>
      harness.fake.emit(
        'reminder:created',
        reminder({ id: 'e00000000000000000000002', kind: 'overdue', visitorName: 'Ani' }),
      ),
    );
    const lines = within(panel).getAllByTestId('reminder');
    expect(lines.map((line) => line.querySelector('strong')?.textContent)).toEqual([
      'Lewat tenggat',
      'Tenggat besok (1 hari kerja lagi)',
    ]);
    fireEvent.click(within(lines[0] as HTMLElement).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(within(panel).getAllByTestId('reminder')).toHaveLength(1));
    expect(harness.fake.requests('reminder:dismiss')).toEqual([{ reminderId: 'e00000000000000000000002' }]);
  });

  it('lets the officer stop the clock while waiting for the visitor and restart it when the request is complete', async () => {
    const times = {
      lastVisitorMessageAt: '2026-11-23T02:00:00.000Z',
      lastOfficerMessageAt: '2026-11-23T02:05:00.000Z',
    };
    const chat = summary(times);
    const harness = await show({
      snapshot: inbox({ mine: [chat] }),
      openId: ids.chat1,
      conversation: detail(times),
    });
    harness.fake.handle('deadline:pause', () => ({
      ok: true,
      data: { ...chat, deadlinePausedAt: '2026-11-23T02:07:00.000Z' },
    }));
    harness.fake.handle('deadline:resume', () => ({ ok: true, data: { ...chat, dueAt: '2026-11-27T08:30:00.000Z' } }));
    const header = (await screen.findByRole('heading', { level: 1 })).closest('.conversation-header') as HTMLElement;
    expect(within(header).getByTestId('auto-close-at').textContent).toBe(
      'Ditutup otomatis Sen 30 Nov 10.05 WITA bila pengunjung tidak membalas',
    );
    fireEvent.click(within(header).getByRole('button', { name: 'Menunggu pengunjung' }));
    await waitFor(() => expect(within(header).getByTestId('due-date').getAttribute('data-state')).toBe('paused'));
    expect(harness.fake.requests('deadline:pause')).toEqual([{ conversationId: ids.chat1 }]);

    fireEvent.click(within(header).getByRole('button', { name: 'Permintaan lengkap' }));
    await waitFor(() =>
      expect(within(header).getByTestId('due-date').textContent).toBe('Tenggat Jum 27 Nov 16.30 WITA'),
    );
    expect(harness.fake.requests('deadline:resume')).toEqual([{ conversationId: ids.chat1 }]);
  });
});
