import type { DomainContext } from '../context.ts';

/** Per app (node) and office, the tail of the work waiting its turn. Per app: a stopped app's work never holds up another's. */
const turnsOf = new WeakMap<DomainContext, Map<string, Promise<void>>>();

/**
 * Runs `work` after the office's earlier work on this node has finished, one
 * at a time: drains and queue announcements never interleave, so an
 * announcement never reads the queue halfway through an assignment. Nodes are
 * kept apart by the store's transitions, not by this.
 */
export function inOfficeTurn<T>(ctx: DomainContext, officeCode: string, work: () => Promise<T>): Promise<T> {
  const turns = turnsOf.get(ctx) ?? new Map<string, Promise<void>>();
  turnsOf.set(ctx, turns);
  const previous = turns.get(officeCode) ?? Promise.resolve();
  const run = previous.then(work);
  const tail = run.then(
    () => {},
    () => {},
  );
  turns.set(officeCode, tail);
  tail.then(() => {
    if (turns.get(officeCode) === tail) turns.delete(officeCode);
  });
  return run;
}
