import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { MessageFiles } from './MessageFiles.tsx';

describe('files in the widget', () => {
  it('shows progress, a clear refusal per file in the reader’s language, and a cancel', () => {
    const onRemove = vi.fn();
    document.documentElement.lang = 'en';
    render(
      <AttachmentList
        t={translator('en')}
        items={[
          { key: 1, name: 'a.png', size: 10, state: 'uploading', progress: 0.4 },
          {
            key: 2,
            name: 'run.xlsx',
            size: 10,
            state: 'failed',
            progress: 0,
            error: 'FILE_TYPE_NOT_ALLOWED',
            message: 'Jenis berkas ini tidak diterima. / This kind of file is not accepted.',
          },
          { key: 3, name: 'big.pdf', size: 10, state: 'failed', progress: 0, error: 'FILE_TOO_LARGE' },
        ]}
        onRemove={onRemove}
      />,
    );
    expect(screen.getAllByTestId('attachment')[0]?.querySelector('progress')?.value).toBe(0.4);
    expect(screen.getAllByTestId('attachment-error').map((e) => e.textContent)).toEqual([
      'This kind of file is not accepted.',
      'The file is too large (10 MB at most).',
    ]);
    fireEvent.click(screen.getAllByTestId('attachment-remove')[0] as HTMLElement);
    expect(onRemove).toHaveBeenCalledWith(1);
  });

  it('shows a file that is no image as a card with name, type and size', () => {
    render(
      <MessageFiles
        t={translator('id')}
        files={[{ id: 'f'.repeat(24), name: 'PDRB.xlsx', kind: 'xlsx', size: 20_480 }]}
      />,
    );
    expect(screen.getByTestId('file-card').textContent).toBe('PDRB.xlsx XLSX · 20 KB');
  });
});
