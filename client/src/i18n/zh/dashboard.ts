/** Texts of the dashboard screen. */
export const dashboard = {
  title: '目标进展',
};
