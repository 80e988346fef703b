import type { dashboard as zh } from '../zh/dashboard';

/** Texts of the dashboard screen. */
export const dashboard: typeof zh = {
  title: 'Target progress',
};
