import type { OfficeAdmin, OfficeChangeAuthor, UpdateOfficeInput } from '@pst/protocol';
import type { DomainContext } from '../context.ts';
import { drainQueue } from '../conversations/routing.ts';
import { updateOffice } from './office.service.ts';

/**
 * Changes an office's settings from the settings screen and applies them at
 * once, without a restart: nothing caches an office (every reader asks the
 * store), so what remains is to tell those already watching. The drain routes
 * the queue under the new rules (routing mode, chats per officer, hours) and
 * then sends every visitor's widget and every officer the office's status.
 */
export async function changeOfficeSettings(
  ctx: DomainContext,
  code: string,
  input: UpdateOfficeInput,
  by: OfficeChangeAuthor,
): Promise<OfficeAdmin> {
  const office = await updateOffice(ctx, code, input, by);
  await drainQueue(ctx, code);
  return office;
}
