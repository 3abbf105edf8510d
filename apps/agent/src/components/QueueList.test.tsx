import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TranslateContext } from '../i18n/context.ts';
import { translator } from '../i18n/index.ts';
import { queued, summary } from '../testing/fixtures.ts';
import { MineList } from './MineList.tsx';
import { QueueList } from './QueueList.tsx';

const id = (n: number) => `c${String(n).padStart(23, '0')}`;
const noDeadline = () => ({ view: { overdue: false, dueToday: false } }) as never;

describe('long inbox lists', () => {
  it('draw the first 50 waiting visitors, and 50 more per press', () => {
    const queue = Array.from({ length: 120 }, (_, n) => queued({ id: id(n), queuePosition: n + 1 }));
    render(
      <TranslateContext.Provider value={translator('en')}>
        <QueueList queue={queue} now={Date.parse('2026-11-23T03:00:00Z')} deadlineOf={noDeadline} onAccept={() => {}} />
      </TranslateContext.Provider>,
    );
    expect(screen.getAllByTestId('queue-item')).toHaveLength(50);
    expect(screen.getByTestId('list-more').textContent).toBe('Show 70 more');
    fireEvent.click(screen.getByTestId('list-more'));
    expect(screen.getAllByTestId('queue-item')).toHaveLength(100);
    fireEvent.click(screen.getByTestId('list-more'));
    expect(screen.getAllByTestId('queue-item')).toHaveLength(120);
    expect(screen.queryByTestId('list-more')).toBeNull();
  });

  it('cap the officer’s chats the same way, in Indonesian first', () => {
    const mine = Array.from({ length: 60 }, (_, n) => summary({ id: id(n) }));
    render(
      <TranslateContext.Provider value={translator('id')}>
        <MineList mine={mine} unread={new Map()} openId={null} deadlineOf={noDeadline} onOpen={() => {}} />
      </TranslateContext.Provider>,
    );
    expect(screen.getAllByTestId('conversation-item')).toHaveLength(50);
    expect(screen.getByTestId('list-more').textContent).toBe('Tampilkan 10 lagi');
  });
});
