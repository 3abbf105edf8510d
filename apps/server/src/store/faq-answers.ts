import type { Models } from './models.ts';

/** Questions answered by the FAQ: the only code that reads or writes them. */
export function faqAnswerStore({ FaqAnswer }: Models) {
  return {
    async record(office: string, entry: string, at: Date): Promise<void> {
      await FaqAnswer.create({ office, entry, at });
    },
    /** How many questions the FAQ answered at these offices in [from, to). */
    count(offices: string[], from: Date, to: Date): Promise<number> {
      return FaqAnswer.countDocuments({ office: { $in: offices }, at: { $gte: from, $lt: to } });
    },
  };
}

export type FaqAnswerStore = ReturnType<typeof faqAnswerStore>;
