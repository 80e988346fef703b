import type { map as zh } from '../zh/map';

/** Texts of the map screen. */
export const map: typeof zh = {
  title: 'Carrier map',
};
