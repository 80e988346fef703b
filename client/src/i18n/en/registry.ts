import type { registry as zh } from '../zh/registry';

/** Texts of the registry screen. */
export const registry: typeof zh = {
  title: 'Carrier registry',
};
