import { describe, expect, it } from 'vitest';
import { createDraftsModel } from './drafts.ts';

describe('drafts model', () => {
  it('keeps a draft per conversation, also across a reload of the tab', () => {
    window.sessionStorage.clear();
    const drafts = createDraftsModel(window.sessionStorage);
    drafts.set('c1', 'Halo');
    drafts.set('c2', 'Selamat pagi');
    drafts.set('c2', '');
    const reloaded = createDraftsModel(window.sessionStorage);
    expect(reloaded.get('c1')).toBe('Halo');
    expect(reloaded.get('c2')).toBe('');
    reloaded.clearAll();
    expect(createDraftsModel(window.sessionStorage).get('c1')).toBe('');
  });

  it('survives damaged storage', () => {
    window.sessionStorage.setItem('pst-agent:drafts', '{not json');
    expect(createDraftsModel(window.sessionStorage).get('c1')).toBe('');
  });
});
