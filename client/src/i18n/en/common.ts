import type { common as zh } from '../zh/common';
import { INDUSTRY_NAMES, KIND_NAMES, namesIn, PHASE_STATUS_NAMES, TIER_NAMES } from '@shared/carriers/labels';

/** Words used across screens. */
export const common: typeof zh = {
  appName: 'Carrier Planner',
  appSubtitle: 'Incubation capacity planning and target monitoring',
  nav: {
    map: 'Map',
    dashboard: 'Targets',
    planner: 'Scenarios',
    registry: 'Registry',
    review: 'Review',
    admin: 'Users & audit',
  },
  role: { admin: 'Administrator', planner: 'Planner', leader: 'Leader', manager: 'Carrier manager' },
  kind: namesIn(KIND_NAMES, 'en'),
  tier: { ...namesIn(TIER_NAMES, 'en'), none: 'Not recognised' },
  phaseStatus: namesIn(PHASE_STATUS_NAMES, 'en'),
  industry: namesIn(INDUSTRY_NAMES, 'en'),
  verification: { verified: 'Verified', pending: 'Pending review', reported: 'As reported', verifiedBasis: 'Verified only' },
  status: { met: 'Met', on_track: 'On track', at_risk: 'At risk', behind: 'Behind' },
  language: { toggle: '中文', current: 'English' },
  actions: {
    logout: 'Log out',
    logoutEverywhere: 'Log out everywhere',
    retry: 'Retry',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    print: 'Print',
    export: 'Export',
    add: 'Add',
    remove: 'Remove',
    edit: 'Edit',
    apply: 'Apply',
    reset: 'Reset',
  },
  states: {
    loading: 'Loading…',
    empty: 'Nothing to show',
    error: 'Could not load',
    forbidden: 'You do not have access to this page',
    notFound: 'Page not found',
    unavailable: 'The data service is unavailable; please try again shortly',
  },
  units: { m2: 'm²', wanM2: '10k m²', carriers: 'carriers' },
  labels: { asOf: 'As of', region: 'Region', district: 'District', all: 'All' },
};
