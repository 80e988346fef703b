/** Texts of the planner screen. */
export const planner = {
  title: '规划推演',
};
