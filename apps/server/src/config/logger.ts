import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; tests pass level 'silent'. */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({ level, base: { service: 'pst-livechat' } });
}
