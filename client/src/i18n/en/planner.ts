import type { planner as zh } from '../zh/planner';

/** Texts of the planner screen. */
export const planner: typeof zh = {
  title: 'Scenario planning',
};
