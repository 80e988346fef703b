export { common } from './common';
export { login } from './login';
export { map } from './map';
export { dashboard } from './dashboard';
export { planner } from './planner';
export { registry } from './registry';
export { review } from './review';
export { admin } from './admin';
