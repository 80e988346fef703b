/** Texts of the review screen. */
export const review = {
  title: '变更审核',
};
