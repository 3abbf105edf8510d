import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/both.ts';
import { ComplaintChannels, channelHref } from './ComplaintChannels.tsx';

describe('complaint channels', () => {
  it('lists each channel with a link where one makes sense', () => {
    render(
      <ComplaintChannels
        t={translator('id')}
        channels={[
          { kind: 'lapor', value: 'https://www.lapor.go.id', label: 'SP4N-LAPOR!' },
          { kind: 'email', value: 'pst5102@bps.go.id', label: 'E-mail PST' },
          { kind: 'box', value: 'Lobi kantor', label: 'Kotak saran' },
        ]}
      />,
    );
    fireEvent.click(screen.getByText('Pengaduan dan saran'));
    const lapor = screen.getByRole('link', { name: 'SP4N-LAPOR!' });
    expect(lapor.getAttribute('href')).toBe('https://www.lapor.go.id');
    expect(lapor.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('link', { name: 'E-mail PST' }).getAttribute('href')).toBe('mailto:pst5102@bps.go.id');
    expect(screen.getByTestId('complaint-channels').textContent).toContain('Kotak saran (Lobi kantor)');
  });

  it('builds safe addresses, and none from a bad value', () => {
    expect(channelHref({ kind: 'whatsapp', value: '0812-3456-7890', label: 'x' })).toBe('https://wa.me/6281234567890');
    expect(channelHref({ kind: 'telegram', value: '@SiSUSI_bot', label: 'x' })).toBe('https://t.me/SiSUSI_bot');
    expect(channelHref({ kind: 'telegram', value: 'javascript:alert(1)', label: 'x' })).toBe(
      'https://t.me/javascriptalert1',
    );
    expect(channelHref({ kind: 'phone', value: '+62 361 123', label: 'x' })).toBe('tel:+62361123');
    expect(channelHref({ kind: 'form', value: 'javascript:alert(1)', label: 'x' })).toBeUndefined();
    expect(channelHref({ kind: 'email', value: 'not an address', label: 'x' })).toBeUndefined();
  });

  it('says so when the office lists none', () => {
    render(<ComplaintChannels t={translator('en')} channels={[]} />);
    expect(screen.getByTestId('complaint-channels').textContent).toContain('has not listed any complaint channels');
  });
});
