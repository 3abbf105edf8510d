import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { message } from '../testing/fixtures.ts';
import { MessageItem } from './MessageItem.tsx';
import { ReplyBox } from './ReplyBox.tsx';

const id = (n: number) => String(n).padStart(24, '0');

describe('files in the agent app', () => {
  it('shows an image as a thumbnail and another file as a card with name, type and size', () => {
    const files = [
      { id: id(1), name: 'layar.png', kind: 'png' as const, size: 2048 },
      { id: id(2), name: 'PDRB.xlsx', kind: 'xlsx' as const, size: 1_572_864 },
    ];
    render(<MessageItem message={message(4, { author: 'visitor', text: '', files })} />);
    const [image, card] = screen.getAllByTestId('file-card');
    expect(image?.querySelector('img')?.getAttribute('src')).toBe(`/files/${id(1)}?inline=1`);
    expect(card?.textContent).toBe('PDRB.xlsx XLSX · 1.5 MB');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe(`/files/${id(2)}`);
    expect(screen.queryByText('', { selector: 'p.text' })).toBeNull();
  });

  it('a pasted image starts uploading; the reply may go with files and no text once they are stored', async () => {
    const add = vi.fn();
    const ready = { key: 1, name: 'a.png', size: 3, state: 'ready' as const, progress: 1 };
    const attachments = {
      items: { value: [ready] },
      add,
      remove: vi.fn(),
      busy: () => false,
      take: () => [{ id: id(3), name: 'a.png', kind: 'png' as const, size: 3 }],
    };
    const onSend = vi.fn();
    render(
      <ReplyBox
        draft=""
        canned={[]}
        attachments={attachments as never}
        onDraft={() => {}}
        onSend={onSend}
        onTyping={() => {}}
      />,
    );
    const image = new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png' });
    fireEvent.paste(screen.getByTestId('reply-input'), { clipboardData: { files: [image] } });
    expect(add).toHaveBeenCalledWith([image]);
    fireEvent.click(screen.getByTestId('reply-send'));
    expect(onSend).toHaveBeenCalledWith('', [{ id: id(3), name: 'a.png', kind: 'png', size: 3 }]);
  });
});
