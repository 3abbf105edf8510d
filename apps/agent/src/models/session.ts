import { type ReadonlySignal, signal } from '@preact/signals';
import type { OfficerSelf } from '@pst/protocol';
import { type Api, ApiFailure } from '../lib/api.ts';

export type SessionPhase = 'checking' | 'signedOut' | 'signedIn';
export type SignInResult = 'ok' | 'invalid' | 'throttled' | 'unreachable';

export interface SessionModel {
  phase: ReadonlySignal<SessionPhase>;
  me: ReadonlySignal<OfficerSelf | null>;
  /** The session ended on its own (not by sign-out): the login screen says so. */
  expired: ReadonlySignal<boolean>;
  /** Asks the server whether the cookie still holds a session. */
  check(): Promise<void>;
  signIn(email: string, password: string): Promise<SignInResult>;
  signOut(): Promise<void>;
  expire(): void;
}

/** Signed in or not, from the session cookie the server set. */
export function createSessionModel(api: Pick<Api, 'login' | 'logout' | 'me'>): SessionModel {
  const phase = signal<SessionPhase>('checking');
  const me = signal<OfficerSelf | null>(null);
  const expired = signal(false);

  const enter = (self: OfficerSelf) => {
    me.value = self;
    expired.value = false;
    phase.value = 'signedIn';
  };

  return {
    phase,
    me,
    expired,
    async check() {
      try {
        enter(await api.me());
      } catch {
        phase.value = 'signedOut';
      }
    },
    async signIn(email, password) {
      try {
        enter(await api.login(email, password));
        return 'ok';
      } catch (error) {
        const code = error instanceof ApiFailure ? error.code : 'NETWORK';
        if (code === 'UNAUTHENTICATED' || code === 'BAD_REQUEST') return 'invalid';
        if (code === 'RATE_LIMITED') return 'throttled';
        return 'unreachable';
      }
    },
    async signOut() {
      try {
        await api.logout();
      } finally {
        me.value = null;
        expired.value = false;
        phase.value = 'signedOut';
      }
    },
    expire() {
      if (phase.value !== 'signedIn') return;
      me.value = null;
      expired.value = true;
      phase.value = 'signedOut';
    },
  };
}
