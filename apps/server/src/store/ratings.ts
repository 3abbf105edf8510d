import { AppError } from '../errors.ts';
import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';
import type { Id } from './records.ts';

export interface NewRating {
  conversation: Id;
  office: string;
  officer?: Id;
  score: number;
  comment?: string;
  at: Date;
  localMonth: string;
}

/** Ratings, kept apart for reports: the unique index on `conversation` makes one per conversation. */
export function ratingStore({ Rating }: Models) {
  return {
    /** Stores the rating, or ALREADY_RATED when the conversation has one. */
    async create(rating: NewRating): Promise<void> {
      try {
        await Rating.create(rating);
      } catch (error) {
        if (isDuplicateKey(error)) throw new AppError('ALREADY_RATED');
        throw error;
      }
    },
  };
}

export type RatingStore = ReturnType<typeof ratingStore>;
