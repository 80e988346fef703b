import type { admin as zh } from '../zh/admin';

/** Texts of the admin screen. */
export const admin: typeof zh = {
  title: 'Users and audit',
};
