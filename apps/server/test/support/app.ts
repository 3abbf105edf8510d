import type { Connection } from 'mongoose';
import { onTestFinished } from 'vitest';
import { type App, type AppDependencies, createApp } from '../../src/app.ts';
import { createLogger } from '../../src/config/logger.ts';

/** An app on a free port with a quiet logger, closed when the test ends. */
export async function startTestApp(
  mongo: Connection,
  options: Partial<AppDependencies> = {},
): Promise<{ app: App; url: string }> {
  const app = await createApp({ mongo, logger: createLogger('silent'), serveFrontEnds: false, ...options });
  const port = await app.listen(0);
  onTestFinished(() => app.close());
  return { app, url: `http://127.0.0.1:${port}` };
}
