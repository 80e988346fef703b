import type { loginLimits as zh } from '../zh/loginLimits';

export const loginLimits: typeof zh = {
  waitAccount: 'Too many failed logins for this account; try again in {{time}}.',
  waitAddress: 'Too many failed logins from this address; try again in {{time}}.',
  seconds: '{{count}} s',
  minutes: '{{minutes}} min {{seconds}} s',
  adminHint: 'An administrator can unlock the account at once.',
};
