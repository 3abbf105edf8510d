/**
 * The parts of the browser tab the workspace touches: visibility, title,
 * desktop notifications and a sound. Behind an interface so models are
 * testable; `browserPage()` is the real one.
 */
export interface Page {
  hidden(): boolean;
  onVisibilityChange(listener: () => void): () => void;
  setTitle(title: string): void;
  /** Shows a desktop notification when permitted; clicking it focuses the tab. */
  notify(title: string, body: string): void;
  playSound(): void;
  /** Asks for notification permission, once per browser: the answer is remembered. */
  askNotificationPermissionOnce(): void;
  /** Runs `callback` before the next paint (or soon, in a hidden tab, which gets no frames). */
  nextFrame(callback: () => void): void;
}

/** A hidden tab gets no animation frames; its title and unread counts still catch up this soon. */
const HIDDEN_TAB_FRAME_MS = 250;

const ASKED_KEY = 'pst-agent:notifications-asked';

/** A short two-tone chime made with Web Audio: no sound file to ship. */
function chime(context: AudioContext): void {
  const now = context.currentTime;
  [880, 660].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.15, now + index * 0.15);
    gain.gain.exponentialRampToValueAtTime(0.001, now + index * 0.15 + 0.14);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now + index * 0.15);
    oscillator.stop(now + index * 0.15 + 0.15);
  });
}

export function browserPage(win: Window = window): Page {
  let audio: AudioContext | undefined;
  const supportsNotifications = 'Notification' in win;
  return {
    hidden: () => win.document.visibilityState === 'hidden',
    onVisibilityChange: (listener) => {
      win.document.addEventListener('visibilitychange', listener);
      return () => win.document.removeEventListener('visibilitychange', listener);
    },
    setTitle: (title) => {
      win.document.title = title;
    },
    notify: (title, body) => {
      if (!supportsNotifications || Notification.permission !== 'granted') return;
      const notification = new Notification(title, { body, tag: 'pst-agent' });
      notification.onclick = () => {
        win.focus();
        notification.close();
      };
    },
    playSound: () => {
      try {
        audio ??= new AudioContext();
        chime(audio);
      } catch {
        // No audio device or autoplay blocked: the notification and the title still tell.
      }
    },
    askNotificationPermissionOnce: () => {
      if (!supportsNotifications || Notification.permission !== 'default') return;
      if (win.localStorage.getItem(ASKED_KEY)) return;
      win.localStorage.setItem(ASKED_KEY, '1');
      void Notification.requestPermission();
    },
    nextFrame: (callback) => {
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        callback();
      };
      win.requestAnimationFrame(once);
      win.setTimeout(once, HIDDEN_TAB_FRAME_MS);
    },
  };
}
