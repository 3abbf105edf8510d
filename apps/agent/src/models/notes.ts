import { type ReadonlySignal, signal } from '@preact/signals';
import type { PrivateNote } from '@pst/protocol';
import type { Api } from '../lib/api.ts';

export interface NotesModel {
  notes: ReadonlySignal<ReadonlyMap<string, readonly PrivateNote[]>>;
  load(conversationId: string): Promise<void>;
  /** Stores a note; resolves false when the server refused or was unreachable. */
  add(conversationId: string, text: string): Promise<boolean>;
}

/** Private notes per conversation, fetched when a conversation opens. Never sent on the socket. */
export function createNotesModel(api: Pick<Api, 'notes' | 'addNote'>): NotesModel {
  const notes = signal<ReadonlyMap<string, readonly PrivateNote[]>>(new Map());
  const put = (id: string, list: readonly PrivateNote[]) => {
    const next = new Map(notes.value);
    next.set(id, list);
    notes.value = next;
  };
  return {
    notes,
    async load(conversationId) {
      try {
        put(conversationId, await api.notes(conversationId));
      } catch {
        // The transcript matters more; the panel stays as it was and loads on the next open.
      }
    },
    async add(conversationId, text) {
      try {
        const note = await api.addNote(conversationId, text);
        const known = notes.value.get(conversationId) ?? [];
        if (!known.some((existing) => existing.id === note.id)) put(conversationId, [...known, note]);
        return true;
      } catch {
        return false;
      }
    },
  };
}
