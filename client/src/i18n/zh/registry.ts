/** Texts of the registry screen. */
export const registry = {
  title: '载体登记',
};
