import type { Connection } from 'mongoose';
import { onTestFinished } from 'vitest';
import { type App, type AppDependencies, createApp } from '../../src/app.ts';
import { createLogger } from '../../src/config/logger.ts';

/**
 * An app on a free port with a quiet logger, closed when the test ends. Unless
 * the test names them, its own origins are its URL, as index.ts sets them.
 */
export async function startTestApp(
  mongo: Connection,
  options: Partial<AppDependencies> = {},
): Promise<{ app: App; url: string }> {
  const app = await createApp({ mongo, logger: createLogger('silent'), serveFrontEnds: false, ...options });
  const port = await app.listen(0);
  onTestFinished(() => app.close());
  const url = `http://127.0.0.1:${port}`;
  if (!options.settings?.publicOrigins) app.context.settings.publicOrigins = [url];
  return { app, url };
}
