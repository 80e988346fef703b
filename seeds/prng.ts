/**
 * A small seeded pseudo-random generator, so the seed data is the same on every run and on
 * every machine. mulberry32 (Tommy Ettinger, public domain): 32-bit state, good enough to
 * scatter demo points and names, not for anything cryptographic.
 */
export type Random = () => number;

/** The seed every seed-data module starts from (2021-01-01, the first day of the plan period). */
export const SEED = 20210101;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Picks a key with probability proportional to its weight. */
export function pickWeighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random() * total;
  for (const [key, weight] of entries) {
    target -= weight;
    if (target < 0) return key;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error('pickWeighted with no weights');
  return last[0];
}

/**
 * Splits `total` into `weights.length` positive parts proportional to the weights, each a
 * multiple of `step`, that add up to `total` exactly (the rounding remainder goes to the
 * largest part). This is how the synthetic records hit the published sums to the square metre.
 */
export function splitExactly(total: number, weights: readonly number[], step = 100): number[] {
  if (weights.length === 0) throw new Error('splitExactly needs at least one part');
  if (total % step !== 0) throw new Error(`total ${total} is not a multiple of ${step}`);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const parts = weights.map((weight) => Math.max(step, Math.round((total * weight) / weightSum / step) * step));
  const remainder = total - parts.reduce((sum, part) => sum + part, 0);
  const largest = parts.indexOf(Math.max(...parts));
  parts[largest] = (parts[largest] ?? 0) + remainder;
  if (parts.some((part) => part <= 0)) throw new Error(`cannot split ${total} into ${weights.length} positive parts`);
  return parts;
}
