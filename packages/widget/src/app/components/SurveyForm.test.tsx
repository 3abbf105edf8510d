import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { conversation } from '../test-support/fixtures.ts';
import { ClosedPanel } from './ClosedPanel.tsx';

const t = translator('id');
const rated = conversation({
  status: 'closed',
  closeReason: 'resolved',
  rating: { score: 4, at: '2026-11-23T03:00:00.000Z' },
});
const panel = (
  changes: { ikmSurvey: boolean; survey?: boolean },
  onSurvey = vi.fn(async () => ({ ok: true as const })),
) => {
  const current = changes.survey
    ? { ...rated, survey: { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], at: rated.createdAt } }
    : rated;
  render(
    <ClosedPanel
      t={t}
      conversation={current}
      onRate={vi.fn()}
      ikmSurvey={changes.ikmSurvey}
      onSurvey={onSurvey}
      onTranscript={vi.fn()}
      onStartOver={() => {}}
    />,
  );
  return onSurvey;
};

describe('the IKM survey after the rating', () => {
  it('asks every one of the nine elements, 1 to 4, then sends them once and thanks', async () => {
    const onSurvey = panel({ ikmSurvey: true });
    expect(screen.getAllByRole('group')).toHaveLength(9);
    fireEvent.click(screen.getByTestId('survey-1-4'));
    fireEvent.click(screen.getByTestId('survey-submit'));
    expect(screen.getByRole('alert').textContent).toBe('Nilai semua unsur.');
    expect(onSurvey).not.toHaveBeenCalled();

    for (let element = 2; element <= 9; element++)
      fireEvent.click(screen.getByTestId(`survey-${element}-${(element % 4) + 1}`));
    fireEvent.click(screen.getByTestId('survey-submit'));
    expect((await screen.findByTestId('survey-thanks')).textContent).toBe('Terima kasih telah mengisi survei.');
    expect(onSurvey).toHaveBeenCalledOnce();
    expect(onSurvey).toHaveBeenCalledWith([4, 3, 4, 1, 2, 3, 4, 1, 2]);
  });

  it('is not shown where the office does not ask it, and thanks when answered already', () => {
    panel({ ikmSurvey: false });
    expect(screen.queryByTestId('survey-form')).toBeNull();
    document.body.innerHTML = '';
    panel({ ikmSurvey: true, survey: true });
    expect(screen.queryByTestId('survey-form')).toBeNull();
    expect(screen.getByTestId('survey-thanks')).toBeTruthy();
  });
});
