import type { Models } from '../db/models';
import type { Logger } from '../http/logging';

/** Placeholder until the seed data lands: marks nothing, loads nothing. */
export async function seedDatabase(_models: Models, _logger: Logger): Promise<boolean> {
  return false;
}
