import type { PrivateNote } from '@pst/protocol';
import type { Models } from './models.ts';
import type { Id } from './records.ts';

type Lean = {
  _id: unknown;
  conversation: unknown;
  officer: unknown;
  officerName: string;
  text: string;
  at: Date;
};

function toPrivateNote(doc: Lean): PrivateNote {
  return {
    id: String(doc._id),
    conversationId: String(doc.conversation),
    officerId: String(doc.officer),
    officerName: doc.officerName,
    text: doc.text,
    at: doc.at.toISOString(),
  };
}

/** Officers' private notes on a conversation, kept apart from messages so no path sends them to the visitor. */
export function noteStore({ Note }: Models) {
  return {
    async ofConversation(conversation: Id): Promise<PrivateNote[]> {
      return (await Note.find({ conversation }).sort({ at: 1, _id: 1 }).lean()).map(toPrivateNote);
    },
    async create(note: { conversation: Id; office: string; officer: Id; officerName: string; text: string; at: Date }) {
      return toPrivateNote((await Note.create(note)).toObject());
    },
  };
}

export type NoteStore = ReturnType<typeof noteStore>;
