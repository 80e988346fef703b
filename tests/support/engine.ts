/** The app's tests get their databases the way the store's own tests do. */
export { startTestDatabase, type TestDatabase } from '@carrier-planner/store/testing';
