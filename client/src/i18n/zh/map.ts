/** Texts of the map screen. */
export const map = {
  title: '载体地图',
};
