import { createTranslator } from '@pst/client';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

/**
 * Both catalogues at once, synchronously: for tests and tools. The chat UI itself uses `loadTranslator`
 * (index.ts), so English stays a chunk fetched on use.
 */
export const translator = createTranslator<MessageKey>({ id, en });
