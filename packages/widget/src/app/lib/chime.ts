type AudioContextClass = typeof AudioContext;

/**
 * A short two-note chime made on the spot: no sound file to download. The
 * AudioContext is created on first use, which browsers allow only after the
 * visitor interacted with the window (they did: they switched sound on).
 */
export function createChime(): () => void {
  let context: AudioContext | undefined;
  return () => {
    const Context = (window.AudioContext ??
      (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as
      | AudioContextClass
      | undefined;
    if (!Context) return;
    context ??= new Context();
    const start = context.currentTime;
    for (const [offset, frequency] of [
      [0, 660],
      [0.12, 880],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.15, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.25);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.25);
    }
  };
}
