import type { loginLimits as zh } from '../zh/loginLimits';

export const loginLimits: typeof zh = {
  waitAccount: 'Too many failed logins for this account; try again in {{time}}.',
  waitAddress: 'Too many failed logins from this address; try again in {{time}}.',
  seconds: '{{count}} s',
  minutes: '{{minutes}} min {{seconds}} s',
  adminHint: 'An administrator can unlock the account at once.',
  admin: {
    title: 'Login lockouts',
    hint: 'An account waits after {{failuresPerAccount}} failures from one device or address, or {{failuresEverywhere}} from everywhere; each further failure doubles the wait, up to {{maxWaitSeconds}} s. An address waits after {{failuresPerAddress}} failures in 15 minutes. Devices that signed in before are not held back by failures elsewhere.',
    account: 'Account',
    failures: 'Failures',
    actions: 'Actions',
    unlock: 'Unlock',
    unlockNamed: 'Unlock {{name}}',
    waits: 'waits {{seconds}} s more',
    scope: {
      device: 'known device {{source}}: {{count}} failures',
      address: 'address {{source}}: {{count}} failures',
      everywhere: 'everywhere: {{count}} failures',
      source: 'address {{source}}: {{count}} failures',
    },
    address: 'Address {{address}}: {{count}} failures in 15 minutes, waits {{seconds}} s more',
  },
};
