import type { Connection } from 'mongoose';
import { createOfficeModel } from '../offices/office.model.ts';

/** Every model of the app, registered on one connection. */
export function createModels(connection: Connection) {
  return {
    Office: createOfficeModel(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Builds every declared index now, so an index the server cannot build fails at start, not later. */
export async function initModels(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.init();
}
