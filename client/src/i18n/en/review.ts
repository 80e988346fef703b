import type { review as zh } from '../zh/review';

/** Texts of the review screen. */
export const review: typeof zh = {
  title: 'Review changes',
};
