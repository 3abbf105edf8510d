import { describe, expect, it } from 'vitest';
import { systemMessageText } from './system-message.ts';
import { createTranslator } from './translator.ts';

const catalogue = {
  'event.assigned': 'Petugas {officerName} melayani Anda.',
  'event.assigned.fallback': 'Petugas telah bergabung dan melayani Anda.',
  'event.closed': 'Petugas menutup konsultasi ini.',
  'event.transferred': 'Dialihkan ke {officerName}.',
};
const t = createTranslator({ id: catalogue, en: catalogue })('id');

describe('a system message', () => {
  it('is worded from its event and params', () => {
    const message = { event: 'assigned', params: { officerName: 'Ayu' }, text: '' } as const;
    expect(systemMessageText(t, 'event.', message)).toBe('Petugas Ayu melayani Anda.');
    expect(systemMessageText(t, 'event.', { event: 'closed', text: '' })).toBe('Petugas menutup konsultasi ini.');
  });

  it('takes the wording without params when one is missing or empty', () => {
    const fallback = 'Petugas telah bergabung dan melayani Anda.';
    expect(systemMessageText(t, 'event.', { event: 'assigned', text: '' })).toBe(fallback);
    expect(systemMessageText(t, 'event.', { event: 'assigned', params: { officerName: '' }, text: '' })).toBe(fallback);
    expect(systemMessageText(t, 'event.', { event: 'assigned', params: { other: 'x' }, text: '' })).toBe(fallback);
  });

  it('keeps its text when there is no event, no wording for it, or no fallback for a missing param', () => {
    expect(systemMessageText(t, 'event.', { text: 'Halo' })).toBe('Halo');
    expect(systemMessageText(t, 'event.', { event: 'requeued', text: 'Petugas terputus.' })).toBe('Petugas terputus.');
    expect(systemMessageText(t, 'event.', { event: 'transferred', text: 'Dialihkan.' })).toBe('Dialihkan.');
  });

  it('never interprets params as markup or placeholders', () => {
    const message = { event: 'assigned', params: { officerName: '<b>{officerName}</b>' }, text: '' } as const;
    expect(systemMessageText(t, 'event.', message)).toBe('Petugas <b>{officerName}</b> melayani Anda.');
  });
});
