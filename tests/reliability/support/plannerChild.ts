/**
 * The planner in a child process, started in two steps so that a test can SIGKILL one
 * instance and have the next serving at once: the modules load first (seconds on a busy
 * machine), then the parent's `{start: true}` message runs startPlanner exactly as
 * `npm start` does (config from the environment: DATA_DIR, DEMO_PASSWORD, MONGODB_URI …).
 * It answers `{ready: url}` or `{failed: message}`; SIGTERM closes it gracefully.
 */
import { startPlanner, type RunningPlanner } from '../../../server/boot';
import { loadConfig } from '../../../server/config';

let planner: RunningPlanner | null = null;

async function start(): Promise<void> {
  try {
    // PLANNER_SEED=0 skips the demo carriers on a first start (tests that bring their own data).
    const config = { ...loadConfig(), seedOnFirstStart: process.env.PLANNER_SEED !== '0' };
    planner = await startPlanner(config);
    process.send?.({ ready: `http://127.0.0.1:${planner.port}`, pid: process.pid });
  } catch (error) {
    process.send?.({ failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    process.exit(1);
  }
}

process.on('message', (message: { start?: boolean }) => {
  if (message.start) void start();
});
process.on('SIGTERM', () => {
  void (planner?.close() ?? Promise.resolve()).then(() => process.exit(0));
});
process.on('disconnect', () => {
  // The test runner went away: do not linger holding the data directory.
  void (planner?.close() ?? Promise.resolve()).then(() => process.exit(0));
});
process.send?.({ loaded: true });
