/** Texts of the admin screen. */
export const admin = {
  title: '用户与审计',
};
