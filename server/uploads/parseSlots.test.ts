import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors';
import { parseSlots } from './parseSlots';

describe('parseSlots', () => {
  it('runs two parses at once and refuses a third with 503 and a retry delay, then frees the slot', async () => {
    const slots = parseSlots(2);
    const releases: Array<() => void> = [];
    const hold = () => slots.run(() => new Promise<void>((resolve) => releases.push(resolve)));
    const first = hold();
    const second = hold();
    const third = await slots.run(async () => 'ran').catch((error: unknown) => error);
    expect(third).toBeInstanceOf(AppError);
    expect(third).toMatchObject({ status: 503, id: 'uploads_busy', details: { retryAfterSeconds: 5 } });
    releases.shift()!();
    await first;
    expect(await slots.run(async () => 'ran')).toBe('ran');
    releases.shift()!();
    await second;
    expect(slots.busy).toBe(0);
  });

  it('frees the slot when the parse fails', async () => {
    const slots = parseSlots(1);
    await expect(slots.run(async () => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    expect(await slots.run(async () => 'next')).toBe('next');
  });
});
